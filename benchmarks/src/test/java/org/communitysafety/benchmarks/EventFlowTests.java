package org.communitysafety.benchmarks;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.communitysafety.benchmarks.EventFlow.Reading;

import static org.assertj.core.api.Assertions.assertThat;

/** The arithmetic of the relay and consumer figures, on made-up readings. */
class EventFlowTests {

    @Test
    void aRateIsTheCountersRiseBetweenTheReadingsNearestBeforeEachEnd() {
        EventFlow flow = new EventFlow();
        flow.add(new Reading(1_000, Map.of(EventFlow.SENT, 100.0)));
        flow.add(new Reading(2_000, Map.of(EventFlow.SENT, 150.0)));
        flow.add(new Reading(3_000, Map.of(EventFlow.SENT, 250.0)));

        // 1_000 to 3_000: 150 more over two seconds.
        assertThat(flow.ratePerSecond(EventFlow.SENT, 1_500, 3_200)).isEqualTo(75.0);
        assertThat(flow.ratePerSecond(EventFlow.SENT, 500, 3_000)).isNaN();
    }

    @Test
    void aReadingWithoutTheCounterIsPassedOver() {
        EventFlow flow = new EventFlow();
        flow.add(new Reading(1_000, Map.of(EventFlow.SENT, 100.0)));
        flow.add(new Reading(2_000, Map.of()));
        flow.add(new Reading(3_000, Map.of(EventFlow.SENT, 300.0)));

        // 2_500 falls after the gap: the reading at 1_000 stands for it.
        assertThat(flow.ratePerSecond(EventFlow.SENT, 2_500, 3_000)).isEqualTo(100.0);
    }

    @Test
    void theLargestReadingIsTakenWithinTheWindowOnly() {
        EventFlow flow = new EventFlow();
        flow.add(new Reading(1_000, Map.of(EventFlow.PENDING, 900.0)));
        flow.add(new Reading(2_000, Map.of(EventFlow.PENDING, 40.0)));
        flow.add(new Reading(3_000, Map.of(EventFlow.PENDING, 70.0)));

        assertThat(flow.maxBetween(EventFlow.PENDING, 1_500, 3_000)).isEqualTo(70.0);
    }

    @Test
    void isQuietOnlyWhenNothingWaitsAndNoConsumerMoved() {
        Reading before = reading(0, 5);
        assertThat(EventFlow.quiet(before, reading(0, 5))).isTrue();
        assertThat(EventFlow.quiet(before, reading(1, 5))).isFalse();
        assertThat(EventFlow.quiet(before, reading(0, 6))).isFalse();
    }

    private static Reading reading(double pending, double handledEach) {
        Map<String, Double> values = new HashMap<>();
        values.put(EventFlow.PENDING, pending);
        for (String service : EventFlow.CONSUMERS.keySet()) {
            values.put(EventFlow.handled(service), handledEach);
            values.put(EventFlow.lag(service), 0.0);
        }
        return new Reading(0, values);
    }

}
