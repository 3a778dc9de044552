package org.communitysafety.servicedefaults.observability;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;

import org.communitysafety.testkit.MovableClock;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ThrottledMeasurementTests {

    private final MovableClock clock = new MovableClock(Instant.parse("2026-12-01T06:00:00Z"));

    private final AtomicInteger scans = new AtomicInteger();

    private final ThrottledMeasurement backlog = new ThrottledMeasurement(() -> scans.incrementAndGet() * 10.0,
            Duration.ofSeconds(5), clock);

    @Test
    void measuresOnTheFirstReadAndGivesThatValueUntilTheIntervalHasPassed() {
        assertThat(backlog.value()).isEqualTo(10.0);
        clock.advance(Duration.ofMillis(4_999));
        assertThat(backlog.value()).isEqualTo(10.0);
        assertThat(scans).hasValue(1);

        clock.advance(Duration.ofMillis(1));
        assertThat(backlog.value()).isEqualTo(20.0);
        assertThat(scans).hasValue(2);
    }

    @Test
    void aScraperReadingEverySecondCausesOneScanInFive() {
        for (int second = 0; second < 60; second++) {
            backlog.value();
            clock.advance(Duration.ofSeconds(1));
        }
        assertThat(scans).hasValue(12);
    }

}
