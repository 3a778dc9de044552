package org.communitysafety.gateway.ratelimit;

import java.time.Duration;

/**
 * One client's token bucket: full at first, refilled continuously at the replenish rate
 * up to the burst capacity. Pure arithmetic over the clock readings it is given, so its
 * behaviour is tested without waiting for time to pass.
 */
final class TokenBucket {

    private static final double NANOS_PER_SECOND = 1_000_000_000d;

    private final RateLimit limit;

    private double tokens;

    private long updatedAtNanos;

    TokenBucket(RateLimit limit, long nowNanos) {
        this.limit = limit;
        this.tokens = limit.burstCapacity();
        this.updatedAtNanos = nowNanos;
    }

    /**
     * Takes the tokens for one request if there are enough; otherwise says how long until
     * there will be.
     */
    synchronized Decision take(long nowNanos) {
        refill(nowNanos);
        int requested = limit.requestedTokens();
        if (tokens >= requested) {
            tokens -= requested;
            return new Decision(true, remaining(), Duration.ZERO);
        }
        double missing = requested - tokens;
        long waitNanos = (long) Math.ceil(missing / limit.replenishRate() * NANOS_PER_SECOND);
        return new Decision(false, remaining(), Duration.ofNanos(waitNanos));
    }

    /**
     * A bucket that has refilled completely is the same as no bucket at all, so it may be
     * forgotten.
     */
    synchronized boolean isFullAt(long nowNanos) {
        refill(nowNanos);
        return tokens >= limit.burstCapacity();
    }

    private void refill(long nowNanos) {
        long elapsed = nowNanos - updatedAtNanos;
        if (elapsed > 0) {
            tokens = Math.min(limit.burstCapacity(), tokens + elapsed * limit.replenishRate() / NANOS_PER_SECOND);
            updatedAtNanos = nowNanos;
        }
    }

    private long remaining() {
        return (long) Math.floor(tokens);
    }

    /**
     * @param allowed whether the request may go ahead
     * @param remaining whole tokens left after this request
     * @param retryAfter how long until a refused request would be allowed; zero when
     * allowed
     */
    record Decision(boolean allowed, long remaining, Duration retryAfter) {
    }

}
