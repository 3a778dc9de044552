package org.communitysafety.servicedefaults.observability;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.communitysafety.servicedefaults.outbox.AggregateStore;
import org.communitysafety.servicedefaults.sample.Ledger;
import org.communitysafety.servicedefaults.sample.LedgerListener;
import org.communitysafety.servicedefaults.sample.SampleApplication;
import org.communitysafety.testkit.ApiClient;
import org.communitysafety.testkit.WithPlatformInfrastructure;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * With a management port of its own (as deployed: MANAGEMENT_SERVER_PORT), a service
 * answers health and Prometheus there, without a token, and not on its API port; and the
 * metrics operators alert on are among what it exports once it has published and consumed
 * an event.
 */
@SpringBootTest(classes = SampleApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "management.server.port=0")
@WithPlatformInfrastructure
class ManagementEndpointsTests {

    @LocalServerPort
    int apiPort;

    @LocalManagementPort
    int managementPort;

    @Autowired
    AggregateStore store;

    @Autowired
    LedgerListener listener;

    @Test
    void servesHealthAndMetricsOnTheManagementPortOnly() {
        ApiClient management = ApiClient.at("http://127.0.0.1:" + managementPort);
        ApiClient api = ApiClient.at("http://127.0.0.1:" + apiPort);

        assertThat(managementPort).isNotEqualTo(apiPort);
        assertThat(management.get("/actuator/health/readiness").status()).isEqualTo(200);
        assertThat(management.get("/actuator/prometheus").status()).isEqualTo(200);
        assertThat(api.get("/actuator/prometheus").status()).isNotEqualTo(200);
        assertThat(api.get("/actuator/health").status()).isNotEqualTo(200);
    }

    @Test
    void exportsTheRelayBacklogDeadLettersConsumerLagAndKafkaTimings() {
        String note = "metered " + UUID.randomUUID();
        Ledger ledger = new Ledger(UUID.randomUUID().toString());
        store.insert(ledger, List.of(ledger.add(note)));
        await().atMost(Duration.ofSeconds(30)).until(() -> listener.handledNotes().contains(note));
        ApiClient.at("http://127.0.0.1:" + apiPort).get("/api/v1/ledgers");

        String metrics = await().atMost(Duration.ofSeconds(30))
            .until(() -> ApiClient.at("http://127.0.0.1:" + managementPort).get("/actuator/prometheus").body(),
                    (text) -> text.contains("kafka_consumer_fetch_manager_records_lag"));
        assertThat(metrics).contains("platform_outbox_pending", "platform_outbox_oldest_age_seconds",
                "platform_dead_letters_waiting", "kafka_consumer_fetch_manager_records_lag_max",
                "spring_kafka_template_seconds_count", "spring_kafka_listener_seconds_count",
                "http_server_requests_seconds_count");
    }

    @Test
    void theBacklogGaugesStillReadANumberAfterAGarbageCollection() {
        // A gauge holds its object weakly by default: one nothing else holds reads NaN
        // once
        // it is collected.
        System.gc();
        String metrics = ApiClient.at("http://127.0.0.1:" + managementPort).get("/actuator/prometheus").body();

        assertThat(metrics.lines()
            .filter(line -> line.startsWith("platform_outbox_pending") || line.startsWith("platform_outbox_parked")
                    || line.startsWith("platform_outbox_oldest_age_seconds")))
            .hasSize(3)
            .noneMatch(line -> line.endsWith("NaN"));
    }

}
