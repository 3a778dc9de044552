package org.communitysafety.gateway.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtValidationException;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;

import org.communitysafety.testkit.TestTokens;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The cache of verified tokens in front of the real verification against a real issuer's
 * JWK set over HTTP ({@link TestTokens}). Both run on the test's clock, so that a token
 * can outlive its expiry without waiting.
 */
class VerifiedTokenCacheTests {

    private static final TestTokens TOKENS = TestTokens.shared();

    private final GatewaySecurityProperties security = new GatewaySecurityProperties(TOKENS.jwkSetUri(),
            TOKENS.issuer(), Duration.ofSeconds(5));

    private final MovableClock clock = new MovableClock();

    private final AtomicInteger signatureChecks = new AtomicInteger();

    private final ReactiveJwtDecoder verifying = GatewaySecurityConfiguration.verifyingDecoder(security, clock);

    private final ReactiveJwtDecoder countedVerifying = token -> {
        signatureChecks.incrementAndGet();
        return verifying.decode(token);
    };

    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();

    @Test
    void verifiesATokenSeenAgainOnlyOnce() {
        ReactiveJwtDecoder cache = cache(100, Duration.ofSeconds(60));
        String token = TOKENS.forOrganisation("corby-borough-council", "AGENCY");

        Jwt first = cache.decode(token).block();
        Jwt second = cache.decode(token).block();

        assertThat(second.getSubject()).isEqualTo(first.getSubject()).isEqualTo("corby-borough-council");
        assertThat(signatureChecks).hasValue(1);
    }

    @Test
    void refusesACachedTokenOnceItHasExpired() {
        ReactiveJwtDecoder cache = cache(100, Duration.ofHours(1));
        String token = TOKENS.forOrganisation("corby-borough-council", "AGENCY");
        cache.decode(token).block();

        // TestTokens' tokens expire after ten minutes; the skew allows five seconds more.
        clock.advance(Duration.ofMinutes(10).plusSeconds(6));

        assertThatThrownBy(() -> cache.decode(token).block()).isInstanceOf(JwtValidationException.class)
            .hasMessageContaining("expired");
        assertThat(signatureChecks).hasValue(2);
    }

    @Test
    void keepsAVerifiedTokenNoLongerThanItsMaximumLifetime() {
        ReactiveJwtDecoder cache = cache(100, Duration.ofSeconds(30));
        String token = TOKENS.forOrganisation("corby-borough-council", "AGENCY");
        cache.decode(token).block();

        clock.advance(Duration.ofSeconds(31));
        cache.decode(token).block();

        assertThat(signatureChecks).hasValue(2);
    }

    @Test
    void neverServesATokenWithATamperedSignatureFromTheCache() {
        ReactiveJwtDecoder cache = cache(100, Duration.ofSeconds(60));
        String token = TOKENS.forOrganisation("corby-borough-council", "AGENCY");
        cache.decode(token).block();
        int signatureStart = token.lastIndexOf('.') + 1;
        char changed = token.charAt(signatureStart) == 'A' ? 'B' : 'A';
        String tampered = token.substring(0, signatureStart) + changed + token.substring(signatureStart + 1);

        assertThatThrownBy(() -> cache.decode(tampered).block()).isInstanceOf(BadJwtException.class);
        assertThat(signatureChecks).hasValue(2);
    }

    @Test
    void neverRemembersATokenThatFailedItsCheck() {
        ReactiveJwtDecoder cache = cache(100, Duration.ofSeconds(60));
        String stranger = TOKENS.signedByAStranger("corby-borough-council", "AGENCY");

        for (int attempt = 0; attempt < 2; attempt++) {
            assertThatThrownBy(() -> cache.decode(stranger).block()).isInstanceOf(BadJwtException.class);
        }
        assertThat(signatureChecks).hasValue(2);
    }

    @Test
    void holdsNoMoreTokensThanItsMaximumSize() {
        ReactiveJwtDecoder cache = cache(3, Duration.ofSeconds(60));

        for (int client = 0; client < 20; client++) {
            cache.decode(TOKENS.forOrganisation("agency-" + client, "AGENCY")).block();
        }

        assertThat(meters.get("cache.size").tag("cache", VerifiedTokenCache.METRIC_NAME).gauge().value())
            .isLessThanOrEqualTo(3);
        assertThat(meters.get("cache.evictions").tag("cache", VerifiedTokenCache.METRIC_NAME).functionCounter().count())
            .isGreaterThanOrEqualTo(17);
    }

    @Test
    void verifiesEveryTokenFromScratchWhenTheCacheIsTurnedOff() {
        ReactiveJwtDecoder decoder = new GatewaySecurityConfiguration().jwtDecoder(security,
                new TokenCacheProperties(false, 100, Duration.ofSeconds(60)), meters);

        assertThat(decoder).isNotInstanceOf(VerifiedTokenCache.class);
        assertThat(meters.find("cache.size").gauge()).isNull();
    }

    private ReactiveJwtDecoder cache(long maximumSize, Duration maxLifetime) {
        return new VerifiedTokenCache(countedVerifying, new TokenCacheProperties(true, maximumSize, maxLifetime), clock,
                meters);
    }

    /** The real time, moved on by the test. */
    private static final class MovableClock extends Clock {

        private Duration moved = Duration.ZERO;

        void advance(Duration by) {
            moved = moved.plus(by);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Instant instant() {
            return Instant.now().plus(moved);
        }

    }

}
