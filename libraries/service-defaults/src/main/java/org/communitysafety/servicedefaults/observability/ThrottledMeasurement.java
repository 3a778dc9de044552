package org.communitysafety.servicedefaults.observability;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.DoubleSupplier;

/**
 * A gauge's value that costs a scan of the store, taken at most once per interval however
 * often the gauge is read: a scraper polling every second must not turn a backlog's gauge
 * into a second load on the store it watches. Between measurements the last value is
 * given, as a scrape interval would. A gauge holds its object weakly unless told
 * otherwise, and nothing else holds one of these: register it with
 * {@code strongReference(true)}, or it reads NaN after the next collection.
 */
public final class ThrottledMeasurement {

    /** Shorter than any scrape interval an alert on these gauges relies on. */
    public static final Duration DEFAULT_INTERVAL = Duration.ofSeconds(5);

    private final DoubleSupplier measurement;

    private final Duration interval;

    private final Clock clock;

    private double value;

    private Instant measuredAt;

    public ThrottledMeasurement(DoubleSupplier measurement, Duration interval, Clock clock) {
        this.measurement = measurement;
        this.interval = interval;
        this.clock = clock;
    }

    public synchronized double value() {
        Instant now = clock.instant();
        if (measuredAt == null || !measuredAt.plus(interval).isAfter(now)) {
            value = measurement.getAsDouble();
            measuredAt = now;
        }
        return value;
    }

}
