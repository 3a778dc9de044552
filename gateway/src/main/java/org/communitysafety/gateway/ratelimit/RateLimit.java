package org.communitysafety.gateway.ratelimit;

/**
 * One client's allowance on one route, as a token bucket: it holds up to
 * {@code burstCapacity} tokens, gains {@code replenishRate} tokens a second, and each
 * request takes {@code requestedTokens}.
 */
public record RateLimit(int replenishRate, int burstCapacity, int requestedTokens) {

    public RateLimit {
        if (replenishRate < 1 || requestedTokens < 1) {
            throw new IllegalArgumentException("replenishRate and requestedTokens must be at least 1");
        }
        // A bucket smaller than one request would refuse everything; one smaller than a
        // second's refill would throw tokens away (Redis's limiter refuses that
        // configuration too).
        if (burstCapacity < Math.max(replenishRate, requestedTokens)) {
            throw new IllegalArgumentException(
                    "burstCapacity (%d) must be at least replenishRate (%d) and requestedTokens (%d)"
                        .formatted(burstCapacity, replenishRate, requestedTokens));
        }
    }
}
