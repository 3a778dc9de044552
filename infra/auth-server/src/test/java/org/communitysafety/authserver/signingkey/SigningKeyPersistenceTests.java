package org.communitysafety.authserver.signingkey;

import java.nio.file.Path;
import java.util.Map;

import org.communitysafety.authserver.AuthServerApplication;
import org.communitysafety.authserver.TokenRequests;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A restart of the local platform must not invalidate the tokens agencies hold nor the
 * keys resource servers cached: two servers started one after the other on the same data
 * directory publish the same key.
 */
class SigningKeyPersistenceTests {

    @TempDir
    Path dataDir;

    @Test
    void aRestartedServerPublishesTheSameKeyAndAcceptsTheTokensItIssuedBefore() {
        String token;
        Map<String, Object> keySetBefore;
        try (ConfigurableApplicationContext first = start()) {
            TokenRequests server = new TokenRequests(baseUrl(first));
            keySetBefore = server.get("/oauth2/jwks").getBody();
            token = server.accessToken("northamptonshire-police", "northamptonshire-police-dev-secret");
        }

        try (ConfigurableApplicationContext second = start()) {
            Map<String, Object> keySetAfter = new TokenRequests(baseUrl(second)).get("/oauth2/jwks").getBody();

            assertThat(keySetAfter).isEqualTo(keySetBefore);
            assertThat(NimbusJwtDecoder.withJwkSetUri(baseUrl(second) + "/oauth2/jwks")
                .build()
                .decode(token)
                .getClaimAsString("organisation")).isEqualTo("northamptonshire-police");
        }
    }

    private ConfigurableApplicationContext start() {
        // Arguments, not builder properties: those are defaults that application.yml
        // would override.
        return new SpringApplicationBuilder(AuthServerApplication.class).run("--server.port=0",
                "--platform.signing-key.data-dir=" + dataDir);
    }

    private static String baseUrl(ConfigurableApplicationContext context) {
        return "http://127.0.0.1:" + context.getEnvironment().getProperty("local.server.port");
    }

}
