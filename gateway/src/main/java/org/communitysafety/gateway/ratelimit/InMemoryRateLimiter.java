package org.communitysafety.gateway.ratelimit;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

import reactor.core.publisher.Mono;

import org.springframework.cloud.gateway.filter.ratelimit.RateLimiter;
import org.springframework.cloud.gateway.filter.ratelimit.RedisRateLimiter;
import org.springframework.http.HttpHeaders;

/**
 * Token buckets per client and route in this process's memory: for a single gateway, or
 * when no Redis is configured. With several replicas each keeps its own buckets, so a
 * client may get up to the limit from each; {@link RedisRateLimiter} shares them. Answers
 * with the same headers as {@link RedisRateLimiter}, plus {@code Retry-After} on a
 * refusal, which it can compute exactly.
 * <p>
 * Every route has the same limit; per-route limits are not supported.
 */
public class InMemoryRateLimiter implements RateLimiter<RateLimit> {

    /**
     * How often buckets that have refilled completely are dropped, so idle clients do not
     * hold memory.
     */
    static final Duration SWEEP_INTERVAL = Duration.ofMinutes(1);

    private final RateLimit limit;

    private final LongSupplier nanoClock;

    private final ConcurrentMap<String, TokenBucket> buckets = new ConcurrentHashMap<>();

    private final AtomicLong nextSweepAtNanos;

    public InMemoryRateLimiter(RateLimit limit, LongSupplier nanoClock) {
        this.limit = limit;
        this.nanoClock = nanoClock;
        this.nextSweepAtNanos = new AtomicLong(nanoClock.getAsLong() + SWEEP_INTERVAL.toNanos());
    }

    @Override
    public Mono<Response> isAllowed(String routeId, String id) {
        return Mono.fromSupplier(() -> decide(routeId, id));
    }

    private Response decide(String routeId, String id) {
        long now = nanoClock.getAsLong();
        sweepIfDue(now);
        TokenBucket.Decision decision = buckets.computeIfAbsent(routeId + "\n" + id, key -> new TokenBucket(limit, now))
            .take(now);
        return new Response(decision.allowed(), headers(decision));
    }

    private Map<String, String> headers(TokenBucket.Decision decision) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put(RedisRateLimiter.REMAINING_HEADER, String.valueOf(decision.remaining()));
        headers.put(RedisRateLimiter.REPLENISH_RATE_HEADER, String.valueOf(limit.replenishRate()));
        headers.put(RedisRateLimiter.BURST_CAPACITY_HEADER, String.valueOf(limit.burstCapacity()));
        headers.put(RedisRateLimiter.REQUESTED_TOKENS_HEADER, String.valueOf(limit.requestedTokens()));
        if (!decision.allowed()) {
            headers.put(HttpHeaders.RETRY_AFTER, String.valueOf(wholeSecondsAtLeastOne(decision.retryAfter())));
        }
        return headers;
    }

    static long wholeSecondsAtLeastOne(Duration wait) {
        long seconds = wait.toSeconds() + (wait.toNanosPart() > 0 ? 1 : 0);
        return Math.max(1, seconds);
    }

    /*
     * A bucket removed here while another thread is taking from it only costs that client
     * one fresh (full) bucket, and it was full a moment ago anyway: no lock is needed.
     */
    private void sweepIfDue(long now) {
        long due = nextSweepAtNanos.get();
        if (now - due >= 0 && nextSweepAtNanos.compareAndSet(due, now + SWEEP_INTERVAL.toNanos())) {
            buckets.values().removeIf(bucket -> bucket.isFullAt(now));
        }
    }

    int bucketCount() {
        return buckets.size();
    }

    @Override
    public Map<String, RateLimit> getConfig() {
        return Map.of();
    }

    @Override
    public Class<RateLimit> getConfigClass() {
        return RateLimit.class;
    }

    @Override
    public RateLimit newConfig() {
        return limit;
    }

}
