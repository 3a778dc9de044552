package org.communitysafety.gateway.ratelimit;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Per-client rate limits ({@code platform.rate-limit.*}).
 *
 * @param redis whether the buckets live in Redis (shared by every gateway replica;
 * connection from {@code spring.data.redis.*}) rather than in this process's memory
 * @param replenishRate tokens a client gains per second: its sustained requests per
 * second on a route
 * @param burstCapacity the most tokens a client can save up: how many requests it may
 * make at once
 * @param requestedTokens tokens one request costs
 */
@ConfigurationProperties("platform.rate-limit")
public record RateLimitProperties(@DefaultValue("false") boolean redis, @DefaultValue("20") int replenishRate,
        @DefaultValue("40") int burstCapacity, @DefaultValue("1") int requestedTokens) {

    public RateLimitProperties {
        // Refuse a limit that makes no sense when the gateway starts rather than on the
        // first request.
        new RateLimit(replenishRate, burstCapacity, requestedTokens);
    }

    public RateLimit limit() {
        return new RateLimit(replenishRate, burstCapacity, requestedTokens);
    }
}
