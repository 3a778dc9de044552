package org.communitysafety.authserver.client;

import java.util.List;

import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.settings.OAuth2TokenFormat;
import org.springframework.security.oauth2.server.authorization.settings.TokenSettings;

/**
 * Turns the configured clients into Spring Authorization Server registrations: HTTP Basic
 * authentication and the client-credentials grant only, since every caller of the
 * platform is a system acting for an organisation.
 */
public final class PlatformRegisteredClients {

    private PlatformRegisteredClients() {
    }

    public static List<RegisteredClient> from(ClientProperties clients, TokenProperties tokens) {
        TokenSettings tokenSettings = TokenSettings.builder()
            .accessTokenFormat(OAuth2TokenFormat.SELF_CONTAINED)
            .accessTokenTimeToLive(tokens.timeToLive())
            .build();
        return clients.clients()
            .entrySet()
            .stream()
            .map(entry -> RegisteredClient.withId(entry.getKey())
                .clientId(entry.getKey())
                // {noop}: development secrets sit in plain text in application.yml
                // anyway; hashing them would only slow every token request.
                .clientSecret("{noop}" + entry.getValue().secret())
                .clientName(entry.getValue().organisation())
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
                .scopes(scopes -> scopes.addAll(tokens.scopes()))
                .tokenSettings(tokenSettings)
                .build())
            .toList();
    }

}
