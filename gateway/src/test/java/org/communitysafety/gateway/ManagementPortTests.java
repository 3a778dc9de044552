package org.communitysafety.gateway;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.hamcrest.Matchers.containsString;

/**
 * Deployed, the gateway's own management endpoints are on a port of their own
 * ({@code MANAGEMENT_SERVER_PORT}, 9090 in the cluster's configuration), which only
 * probes and the monitoring namespace reach: the public port then serves no metrics at
 * all.
 */
@TestPropertySource(properties = "management.server.port=0")
class ManagementPortTests extends GatewayTestSupport {

    @LocalManagementPort
    int managementPort;

    @Test
    void servesNoMetricsOnThePublicPortWhenManagementHasAPortOfItsOwn() {
        anonymous.get().uri("/actuator/prometheus").exchange().expectStatus().isNotFound();
        client.get().uri("/actuator/prometheus").exchange().expectStatus().isNotFound();
        client.get().uri("/actuator/health").exchange().expectStatus().isNotFound();
    }

    @Test
    void servesProbesAndMetricsOnTheManagementPort() {
        client.get().uri("/api/v1/reviews").exchange().expectStatus().isOk();
        WebTestClient management = WebTestClient.bindToServer().baseUrl("http://127.0.0.1:" + managementPort).build();

        management.get().uri("/actuator/health/readiness").exchange().expectStatus().isOk();
        management.get()
            .uri("/actuator/prometheus")
            .exchange()
            .expectStatus()
            .isOk()
            .expectBody(String.class)
            .value(containsString("resilience4j_circuitbreaker_state"));
    }

}
