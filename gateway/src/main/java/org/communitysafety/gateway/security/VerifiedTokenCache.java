package org.communitysafety.gateway.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;
import reactor.core.publisher.Mono;

import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;

/**
 * Verifies a token's signature once and remembers the result for a short while, so that a
 * client calling again with the same token does not pay for the RSA check on every
 * request (about a third of the gateway's CPU when it did, benchmarks/NOTES.md).
 * <p>
 * Only tokens that passed the whole check are kept, under the SHA-256 of the token's full
 * text: a token whose signature (or any other byte) differs is a different key and is
 * verified from scratch. An entry lives at most {@code maxLifetime} and never past the
 * token's expiry, so a token that has expired is checked in full again, and refused, as a
 * fresh one is. The cache holds at most {@code maximumSize} tokens. What this means for
 * withdrawn keys is in ADR 012.
 */
final class VerifiedTokenCache implements ReactiveJwtDecoder {

    static final String METRIC_NAME = "gateway.verified-tokens";

    private final ReactiveJwtDecoder verifier;

    private final Cache<String, Jwt> verified;

    private final Clock clock;

    VerifiedTokenCache(ReactiveJwtDecoder verifier, TokenCacheProperties properties, Clock clock,
            MeterRegistry meters) {
        this.verifier = verifier;
        this.clock = clock;
        Duration maxLifetime = properties.maxLifetime();
        this.verified = Caffeine.newBuilder()
            .maximumSize(properties.maximumSize())
            .expireAfter(Expiry.<String, Jwt>creating((key, jwt) -> lifetime(jwt, maxLifetime)))
            .ticker(() -> clock.millis() * 1_000_000L)
            // Evictions run on the caller's thread: no pool thread for a few map
            // removals.
            .executor(Runnable::run)
            .recordStats()
            .build();
        CaffeineCacheMetrics.monitor(meters, this.verified, METRIC_NAME);
    }

    @Override
    public Mono<Jwt> decode(String token) {
        String key = sha256(token);
        // An entry is gone the moment its token expires (Caffeine checks on every read),
        // so a token past its expiry always meets the full check, which refuses it.
        Jwt cached = verified.getIfPresent(key);
        return cached != null ? Mono.just(cached) : verifier.decode(token).doOnNext(jwt -> remember(key, jwt));
    }

    private void remember(String key, Jwt jwt) {
        // A token without an expiry would live in the cache longer than it says it may.
        if (jwt.getExpiresAt() != null && jwt.getExpiresAt().isAfter(clock.instant())) {
            verified.put(key, jwt);
        }
    }

    private Duration lifetime(Jwt jwt, Duration maxLifetime) {
        Duration untilExpiry = Duration.between(clock.instant(), jwt.getExpiresAt());
        Duration lifetime = untilExpiry.compareTo(maxLifetime) < 0 ? untilExpiry : maxLifetime;
        return lifetime.isNegative() ? Duration.ZERO : lifetime;
    }

    private static String sha256(String token) {
        try {
            return HexFormat.of()
                .formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        }
        catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException("Every Java runtime has SHA-256", ex);
        }
    }

}
