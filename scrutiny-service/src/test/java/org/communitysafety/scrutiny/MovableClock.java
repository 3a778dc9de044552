package org.communitysafety.scrutiny;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The service's clock in tests: real time moved forward by what tests ask, so that a due
 * date can pass without waiting while the relay's own timing keeps running. It only moves
 * forward, so tests that share it compute their dates from it.
 */
public class MovableClock extends Clock {

    private volatile Duration ahead = Duration.ZERO;

    public synchronized void advance(Duration duration) {
        ahead = ahead.plus(duration);
    }

    @Override
    public Instant instant() {
        return Instant.now().plus(ahead);
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        MovableClock parent = this;
        return new Clock() {
            @Override
            public Instant instant() {
                return parent.instant();
            }

            @Override
            public ZoneId getZone() {
                return zone;
            }

            @Override
            public Clock withZone(ZoneId other) {
                return parent.withZone(other);
            }
        };
    }

}
