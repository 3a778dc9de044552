package org.communitysafety.infra.endtoend;

import java.time.Duration;

import org.communitysafety.infra.PlatformService;
import org.communitysafety.testkit.ApiClient;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * After one appointment through the gateway, the metrics operators alert on
 * (infra/observability/alert-rules.yaml) are on each part's Prometheus endpoint, read
 * without a token as Prometheus reads them: the relay backlog and its oldest event, Kafka
 * sends and handled records, consumer lag, dead letters waiting, emails by state, the
 * gateway's breakers and HTTP by route and status.
 */
class PlatformMetricsEndToEndTests {

    private final RunningPlatform platform = RunningPlatform.get();

    private final Registry registry = new Registry(platform);

    private String metricsOf(PlatformService service) {
        ApiClient.Response response = ApiClient.at(platform.services().baseUrl(service)).get("/actuator/prometheus");
        assertThat(response.status()).as(service + " /actuator/prometheus").isEqualTo(200);
        return response.body();
    }

    @Test
    void anAppointmentShowsInTheMetricsOfEveryPartItCrossed() {
        String police = registry.organisation();
        String csp = registry.partnershipOf(police);
        ApiClient.Response appointed = platform.gatewayAs(Registry.GROUP_MANAGER)
            .post("/api/v1/partnerships/" + csp + "/members", Registry.member(police, Registry.email()));
        assertThat(appointed.status()).as(appointed.toString()).isEqualTo(201);

        String notification = await().atMost(Duration.ofSeconds(60))
            .until(() -> metricsOf(PlatformService.NOTIFICATION),
                    (metrics) -> metrics.matches("(?s).*platform_mail_deliveries\\{[^}]*state=\"SENT\"[^}]*} [1-9].*"));
        assertThat(notification).contains("kafka_consumer_fetch_manager_records_lag_max",
                "platform_dead_letters_waiting", "spring_kafka_listener_seconds_count", "platform_outbox_pending");

        assertThat(metricsOf(PlatformService.PARTNERSHIP))
            .contains("platform_outbox_pending", "platform_outbox_oldest_age_seconds",
                    "spring_kafka_template_seconds_count")
            .containsPattern(
                    "http_server_requests_seconds_count\\{[^}]*status=\"201\"[^}]*uri=\"/api/v1/partnerships/\\{[a-z]+}/members\"");

        assertThat(metricsOf(PlatformService.GATEWAY))
            .containsPattern(
                    "resilience4j_circuitbreaker_state\\{[^}]*name=\"partnership-service\",state=\"closed\"} 1.0")
            .contains("http_server_requests_seconds_count");
    }

}
