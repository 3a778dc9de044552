package org.communitysafety.authserver.client;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.communitysafety.platform.TokenContract.Role;

import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;

import static org.assertj.core.api.Assertions.assertThat;

class PlatformRegisteredClientsTests {

    private final ClientProperties clients = new ClientProperties(Map.of("northamptonshire-police",
            new ClientProperties.Client("police-secret", "northamptonshire-police", List.of(Role.AGENCY)),
            "scrutiny-officer", new ClientProperties.Client("scrutiny-secret", "northamptonshire-county-council",
                    List.of(Role.SCRUTINY_OFFICER))));

    @Test
    void registersEveryClientForTheClientCredentialsGrantWithHttpBasicOnly() {
        List<RegisteredClient> registered = PlatformRegisteredClients.from(clients,
                new TokenProperties(Duration.ofMinutes(15), Set.of("platform")));

        assertThat(registered).hasSize(2).allSatisfy(client -> {
            assertThat(client.getAuthorizationGrantTypes()).containsExactly(AuthorizationGrantType.CLIENT_CREDENTIALS);
            assertThat(client.getClientAuthenticationMethods())
                .containsExactly(ClientAuthenticationMethod.CLIENT_SECRET_BASIC);
            assertThat(client.getRedirectUris()).isEmpty();
            assertThat(client.getScopes()).containsExactly("platform");
        });
    }

    @Test
    void givesTokensTheConfiguredLifetime() {
        List<RegisteredClient> registered = PlatformRegisteredClients.from(clients,
                new TokenProperties(Duration.ofMinutes(5), Set.of("platform")));

        assertThat(registered).allSatisfy(client -> assertThat(client.getTokenSettings().getAccessTokenTimeToLive())
            .isEqualTo(Duration.ofMinutes(5)));
    }

}
