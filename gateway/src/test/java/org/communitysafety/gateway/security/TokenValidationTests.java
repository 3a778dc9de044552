package org.communitysafety.gateway.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;

import org.communitysafety.localinfrastructure.FreePorts;
import org.communitysafety.testkit.TestTokens;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The checks on a token beyond its signature. The clock skew is the point of the first:
 * Spring's default would accept a token for a minute after it expired.
 */
class TokenValidationTests {

    private static final String ISSUER = "http://127.0.0.1:9000";

    private final GatewaySecurityProperties withIssuer = new GatewaySecurityProperties("http://keys", ISSUER,
            Duration.ofSeconds(5));

    @Test
    void acceptsATokenThatExpiredWithinTheFiveSecondsOfClockSkew() {
        assertThat(valid(withIssuer, token(ISSUER, Instant.now().minusSeconds(3)))).isTrue();
    }

    @Test
    void refusesATokenThatExpiredMoreThanFiveSecondsAgo() {
        assertThat(valid(withIssuer, token(ISSUER, Instant.now().minusSeconds(10)))).isFalse();
    }

    @Test
    void refusesATokenFromAnotherIssuerWhenAnIssuerIsConfigured() {
        assertThat(valid(withIssuer, token("https://elsewhere.example", Instant.now().plusSeconds(60)))).isFalse();
    }

    @Test
    void acceptsAnyIssuerWhenNoneIsConfigured() {
        GatewaySecurityProperties withoutIssuer = new GatewaySecurityProperties("http://keys", "",
                Duration.ofSeconds(5));

        assertThat(valid(withoutIssuer, token("https://elsewhere.example", Instant.now().plusSeconds(60)))).isTrue();
    }

    @Test
    void treatsAnIssuerWhoseKeysCannotBeFetchedAsAnOutageRatherThanABadToken() {
        String nobodyListening = "http://127.0.0.1:" + FreePorts.next() + "/oauth2/jwks";
        ReactiveJwtDecoder decoder = GatewaySecurityConfiguration.verifyingDecoder(
                new GatewaySecurityProperties(nobodyListening, null, Duration.ofSeconds(5)), Clock.systemUTC());

        assertThatThrownBy(() -> decoder.decode(TestTokens.shared().forOrganisation("corby-borough-council")).block())
            .isInstanceOf(JwtException.class)
            .isNotInstanceOf(BadJwtException.class)
            .hasMessageStartingWith("The token issuer's keys could not be fetched");
    }

    private static boolean valid(GatewaySecurityProperties properties, Jwt token) {
        return !GatewaySecurityConfiguration.validator(properties, Clock.systemUTC()).validate(token).hasErrors();
    }

    private static Jwt token(String issuer, Instant expiresAt) {
        return Jwt.withTokenValue("token")
            .header("alg", "RS256")
            .issuer(issuer)
            .subject("northamptonshire-police")
            .issuedAt(expiresAt.minus(Duration.ofMinutes(15)))
            .expiresAt(expiresAt)
            .build();
    }

}
