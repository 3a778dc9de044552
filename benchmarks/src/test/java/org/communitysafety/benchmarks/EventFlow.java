package org.communitysafety.benchmarks;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * The event path's meters read once a second from the services' Prometheus endpoints:
 * partnership-service's outbox (events waiting, the oldest one's age, events sent to
 * Kafka) and each consumer's events handled and lag. Rates over a window are the
 * difference of a counter between the readings nearest its ends.
 */
final class EventFlow {

    /** The services that consume partnership-service's events, and where they answer. */
    static final Map<String, String> CONSUMERS = Map.of("priority-service", BenchmarkSettings.priorityService(),
            "scrutiny-service", "http://127.0.0.1:18083", "notification-service",
            BenchmarkSettings.notificationService());

    static final String PENDING = "outbox.pending";

    static final String OLDEST_AGE = "outbox.oldest-age";

    static final String SENT = "relay.sent";

    record Reading(long atMillis, Map<String, Double> values) {

        double get(String name) {
            return values.getOrDefault(name, Double.NaN);
        }

    }

    private final List<Reading> readings = new ArrayList<>();

    /** Reads every meter now. */
    static Reading read() {
        long at = System.currentTimeMillis();
        Map<String, Double> values = new LinkedHashMap<>();
        String relay = Prometheus.scrape(BenchmarkSettings.partnershipService());
        put(values, PENDING, Prometheus.sum(relay, "platform_outbox_pending"));
        put(values, OLDEST_AGE, Prometheus.max(relay, "platform_outbox_oldest_age_seconds"));
        put(values, SENT, Prometheus.sum(relay, "spring_kafka_template_seconds_count"));
        CONSUMERS.forEach((service, url) -> {
            String text = Prometheus.scrape(url);
            put(values, handled(service), Prometheus.sum(text, "spring_kafka_listener_seconds_count"));
            put(values, lag(service), Prometheus.max(text, "kafka_consumer_fetch_manager_records_lag_max"));
        });
        return new Reading(at, values);
    }

    static String handled(String service) {
        return service + ".handled";
    }

    static String lag(String service) {
        return service + ".lag";
    }

    private static void put(Map<String, Double> values, String name, OptionalDouble value) {
        value.ifPresent(number -> values.put(name, number));
    }

    synchronized void add(Reading reading) {
        readings.add(reading);
    }

    synchronized List<Reading> readings() {
        return List.copyOf(readings);
    }

    /**
     * How fast a counter rose between two times, per second, from the readings nearest
     * before each that have it (a service too busy to answer a reading leaves a gap).
     */
    double ratePerSecond(String counter, long fromMillis, long toMillis) {
        Reading from = nearestBefore(counter, fromMillis);
        Reading to = nearestBefore(counter, toMillis);
        if (from == null || to == null || to.atMillis() <= from.atMillis()) {
            return Double.NaN;
        }
        return (to.get(counter) - from.get(counter)) * 1000.0 / (to.atMillis() - from.atMillis());
    }

    /** The largest reading of a meter between two times. */
    double maxBetween(String meter, long fromMillis, long toMillis) {
        return readings().stream()
            .filter(reading -> reading.atMillis() >= fromMillis && reading.atMillis() <= toMillis)
            .mapToDouble(reading -> reading.get(meter))
            .filter(value -> !Double.isNaN(value))
            .max()
            .orElse(Double.NaN);
    }

    private Reading nearestBefore(String meter, long atMillis) {
        Reading nearest = null;
        for (Reading reading : readings()) {
            if (reading.atMillis() <= atMillis && !Double.isNaN(reading.get(meter))) {
                nearest = reading;
            }
        }
        return nearest;
    }

    /**
     * Nothing waits: the outbox is empty, every consumer's lag is nil, and no consumer
     * handled anything since the reading before.
     */
    static boolean quiet(Reading before, Reading now) {
        // A meter a service does not answer with (NaN) holds nothing up.
        if (now.get(PENDING) > 0) {
            return false;
        }
        for (String service : CONSUMERS.keySet()) {
            if (now.get(lag(service)) > 0
                    || Double.compare(now.get(handled(service)), before.get(handled(service))) != 0) {
                return false;
            }
        }
        return true;
    }

}
