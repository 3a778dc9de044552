package org.communitysafety.gateway.security;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The gateway's cache of tokens whose signature it has already verified
 * ({@code platform.security.token-cache.*}; ADR 012).
 *
 * @param enabled whether a token seen again skips its signature check; off, every
 * request's token is verified from scratch (the benchmark's "gateway uncached" target)
 * @param maximumSize how many verified tokens are kept at most; the least used go first
 * @param maxLifetime how long a verified token is kept at most, and never beyond its own
 * expiry: the longest a token signed by a key the issuer has since withdrawn can still
 * pass the gateway
 */
@ConfigurationProperties("platform.security.token-cache")
public record TokenCacheProperties(@DefaultValue("true") boolean enabled, @DefaultValue("1000") long maximumSize,
        @DefaultValue("60s") Duration maxLifetime) {
}
