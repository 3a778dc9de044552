package org.communitysafety.gateway;

import org.junit.jupiter.api.Test;

import static org.hamcrest.Matchers.containsString;

class ActuatorTests extends GatewayTestSupport {

    @Test
    void reportsUpWithoutAskingForARedisItDoesNotUse() {
        anonymous.get()
            .uri("/actuator/health")
            .exchange()
            .expectStatus()
            .isOk()
            .expectBody()
            .jsonPath("$.status")
            .isEqualTo("UP");
    }

    @Test
    void reportsLivenessAndReadinessForProbesThatCarryNoToken() {
        anonymous.get()
            .uri("/actuator/health/liveness")
            .exchange()
            .expectStatus()
            .isOk()
            .expectBody()
            .jsonPath("$.status")
            .isEqualTo("UP");
        anonymous.get()
            .uri("/actuator/health/readiness")
            .exchange()
            .expectStatus()
            .isOk()
            .expectBody()
            .jsonPath("$.status")
            .isEqualTo("UP");
    }

    @Test
    void exposesBreakerStatesAsPrometheusMetricsToAScraperThatCarriesNoToken() {
        client.get().uri("/api/v1/reviews").exchange().expectStatus().isOk();

        anonymous.get()
            .uri("/actuator/prometheus")
            .exchange()
            .expectStatus()
            .isOk()
            .expectBody(String.class)
            .value(containsString("resilience4j_circuitbreaker_state{group=\"scrutiny-service\","
                    + "name=\"scrutiny-service\",state=\"closed\"} 1.0"));
    }

    @Test
    void exposesNothingBeyondHealthInfoAndPrometheusEvenToAnAuthenticatedCaller() {
        anonymous.get().uri("/actuator/info").exchange().expectStatus().isOk();
        client.get().uri("/actuator/env").exchange().expectStatus().isNotFound();
        client.get().uri("/actuator/gateway/routes").exchange().expectStatus().isNotFound();
        anonymous.get().uri("/actuator/env").exchange().expectStatus().isUnauthorized();
    }

}
