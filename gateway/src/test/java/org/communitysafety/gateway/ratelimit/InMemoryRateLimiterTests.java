package org.communitysafety.gateway.ratelimit;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

import org.springframework.cloud.gateway.filter.ratelimit.RateLimiter.Response;

import static org.assertj.core.api.Assertions.assertThat;

class InMemoryRateLimiterTests {

    private final AtomicLong clock = new AtomicLong();

    private final InMemoryRateLimiter limiter = new InMemoryRateLimiter(new RateLimit(1, 2, 1), clock::get);

    @Test
    void limitsEachClientSeparately() {
        allowed("partnership-service", "address:10.0.0.1");
        allowed("partnership-service", "address:10.0.0.1");

        assertThat(decide("partnership-service", "address:10.0.0.1").isAllowed()).isFalse();
        assertThat(decide("partnership-service", "address:10.0.0.2").isAllowed()).isTrue();
    }

    @Test
    void limitsEachRouteSeparately() {
        allowed("partnership-service", "client:county");
        allowed("partnership-service", "client:county");

        assertThat(decide("priority-service", "client:county").isAllowed()).isTrue();
    }

    @Test
    void answersARefusalWithRetryAfterInWholeSecondsAndTheRateLimitHeaders() {
        allowed("route", "client");
        allowed("route", "client");
        clock.addAndGet(Duration.ofMillis(100).toNanos());

        Response refused = decide("route", "client");

        assertThat(refused.isAllowed()).isFalse();
        assertThat(refused.getHeaders()).containsEntry("Retry-After", "1")
            .containsEntry("X-RateLimit-Remaining", "0")
            .containsEntry("X-RateLimit-Replenish-Rate", "1")
            .containsEntry("X-RateLimit-Burst-Capacity", "2")
            .containsEntry("X-RateLimit-Requested-Tokens", "1");
    }

    @Test
    void allowsAgainOnceTheBucketHasRefilled() {
        allowed("route", "client");
        allowed("route", "client");
        assertThat(decide("route", "client").isAllowed()).isFalse();

        clock.addAndGet(Duration.ofSeconds(1).toNanos());

        assertThat(decide("route", "client").isAllowed()).isTrue();
    }

    @Test
    void forgetsClientsThatHaveBeenIdleLongEnoughToRefillButNotTheOthers() {
        allowed("route", "idle");
        clock.set(InMemoryRateLimiter.SWEEP_INTERVAL.minusMillis(500).toNanos());
        allowed("route", "busy");
        allowed("route", "busy");
        assertThat(limiter.bucketCount()).isEqualTo(2);

        clock.set(InMemoryRateLimiter.SWEEP_INTERVAL.toNanos());

        assertThat(decide("route", "busy").isAllowed()).isFalse();
        assertThat(limiter.bucketCount()).isEqualTo(1);
    }

    @Test
    void roundsAWaitUpToWholeSecondsOfAtLeastOne() {
        assertThat(InMemoryRateLimiter.wholeSecondsAtLeastOne(Duration.ZERO)).isEqualTo(1);
        assertThat(InMemoryRateLimiter.wholeSecondsAtLeastOne(Duration.ofMillis(1))).isEqualTo(1);
        assertThat(InMemoryRateLimiter.wholeSecondsAtLeastOne(Duration.ofMillis(1001))).isEqualTo(2);
        assertThat(InMemoryRateLimiter.wholeSecondsAtLeastOne(Duration.ofSeconds(3))).isEqualTo(3);
    }

    private void allowed(String route, String client) {
        assertThat(decide(route, client).isAllowed()).isTrue();
    }

    private Response decide(String route, String client) {
        return limiter.isAllowed(route, client).block();
    }

}
