package org.communitysafety.benchmarks;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Reading the Prometheus text format the services answer with, on a made-up page. */
class PrometheusTests {

    private static final String PAGE = """
            # HELP spring_kafka_listener_seconds Kafka Listener Timer
            # TYPE spring_kafka_listener_seconds summary
            spring_kafka_listener_seconds_count{error="none",name="a-0"} 120
            spring_kafka_listener_seconds_count{error="none",name="b-0"} 30
            spring_kafka_listener_seconds_sum{error="none",name="a-0"} 1.5
            kafka_consumer_fetch_manager_records_lag_max{client_id="a"} NaN
            kafka_consumer_fetch_manager_records_lag_max{client_id="b"} 42.0
            kafka_consumer_fetch_manager_records_lag_max{client_id="c"} 7.0
            platform_outbox_pending 3.0
            """;

    @Test
    void addsUpEverySeriesOfAMetricWhateverItsLabels() {
        assertThat(Prometheus.sum(PAGE, "spring_kafka_listener_seconds_count")).hasValue(150);
        assertThat(Prometheus.sum(PAGE, "platform_outbox_pending")).hasValue(3);
    }

    @Test
    void takesTheLargestSeriesThatIsANumber() {
        assertThat(Prometheus.max(PAGE, "kafka_consumer_fetch_manager_records_lag_max")).hasValue(42);
    }

    @Test
    void findsNothingOfAMetricThePageDoesNotHaveNorOfAnotherWhoseNameItBegins() {
        assertThat(Prometheus.sum(PAGE, "spring_kafka_listener")).isEmpty();
        assertThat(Prometheus.max(PAGE, "platform_outbox_oldest_age_seconds")).isEmpty();
    }

}
