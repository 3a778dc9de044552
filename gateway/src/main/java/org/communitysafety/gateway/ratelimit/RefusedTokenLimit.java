package org.communitysafety.gateway.ratelimit;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import reactor.core.publisher.Mono;

import org.springframework.cloud.gateway.filter.ratelimit.RateLimiter;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;

/**
 * How many refused bearer tokens one address may present: each refusal takes a token from
 * that address's bucket (in the same limiter, and with the same allowance, as the routes,
 * under the name {@value #BUCKET}), and once it is empty the address is answered 429
 * until the bucket has refilled, without its tokens even being checked. So an attacker
 * cannot flood the gateway with made-up tokens (each unknown key id would otherwise send
 * the gateway to fetch the issuer's keys again), while valid clients at the same address,
 * limited by their own client id, are not held back.
 * <p>
 * Which addresses are held back is remembered in this replica's memory, for the few
 * seconds until their bucket refills; the buckets themselves are in Redis when the
 * routes' are.
 */
@Component
public class RefusedTokenLimit {

    /** The name the refusals are counted under, in the limiter and the metrics. */
    public static final String BUCKET = "refused-tokens";

    // Beyond this many held-back addresses, those whose time is up are forgotten.
    private static final int SWEEP_ABOVE = 1_000;

    private final RateLimiter<?> limiter;

    private final long fallbackRetryAfterSeconds;

    private final LongSupplier nanoClock = System::nanoTime;

    private final Counter refusals;

    private final Map<String, Long> heldBackUntilNanos = new ConcurrentHashMap<>();

    public RefusedTokenLimit(RateLimiter<?> limiter, RateLimitProperties properties, MeterRegistry meters) {
        this.limiter = limiter;
        this.fallbackRetryAfterSeconds = Math.max(1,
                (long) Math.ceil((double) properties.requestedTokens() / properties.replenishRate()));
        this.refusals = Counter.builder("platform.gateway.rate.limit.refusals")
            .description("Requests refused because their client was over its rate limit")
            .tag("route", BUCKET)
            .register(meters);
    }

    /**
     * How long this address must wait, when it has presented too many refused tokens of
     * late; nothing when its next token may be checked.
     */
    public Optional<Duration> heldBack(String address) {
        Long until = heldBackUntilNanos.get(address);
        if (until == null) {
            return Optional.empty();
        }
        long left = until - nanoClock.getAsLong();
        if (left <= 0) {
            heldBackUntilNanos.remove(address, until);
            return Optional.empty();
        }
        refusals.increment();
        return Optional.of(Duration.ofNanos(left));
    }

    /**
     * Counts a refused token against the address; when that empties its bucket, says how
     * long it must now wait.
     */
    public Mono<Optional<Duration>> countRefusal(String address) {
        return limiter.isAllowed(BUCKET, address).map(response -> {
            if (response.isAllowed()) {
                return Optional.empty();
            }
            Duration wait = Duration.ofSeconds(retryAfterSeconds(response.getHeaders()));
            holdBack(address, wait);
            refusals.increment();
            return Optional.of(wait);
        });
    }

    private long retryAfterSeconds(Map<String, String> headers) {
        String retryAfter = headers.get(HttpHeaders.RETRY_AFTER);
        return retryAfter != null ? Long.parseLong(retryAfter) : fallbackRetryAfterSeconds;
    }

    private void holdBack(String address, Duration wait) {
        long now = nanoClock.getAsLong();
        if (heldBackUntilNanos.size() > SWEEP_ABOVE) {
            heldBackUntilNanos.values().removeIf(until -> until - now <= 0);
        }
        heldBackUntilNanos.put(address, now + wait.toNanos());
    }

}
