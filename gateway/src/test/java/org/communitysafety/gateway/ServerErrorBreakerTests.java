package org.communitysafety.gateway;

import java.time.Duration;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import org.junit.jupiter.api.Test;

import org.springframework.http.MediaType;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A service that is running but failing, as one whose store is down answers (a fast 503
 * problem): its breaker counts each 5xx as it counts a refused connection, opens, and the
 * gateway then answers for the service without asking it. A 4xx is the caller's doing and
 * never counts. (The test profile opens a breaker after two failures in a window of
 * four.)
 */
class ServerErrorBreakerTests extends GatewayTestSupport {

    private static final String STORE_DOWN = """
            {"type":"https://communitysafety.example/problems/service-unavailable","title":"Service Unavailable",
            "status":503,"detail":"partnership-service's store is unavailable; try again shortly"}""";

    @Test
    void opensTheBreakerOfAServiceThatAnswers503AndThenAnswersForItWithoutAskingIt() {
        for (int reply = 0; reply < 12; reply++) {
            partnershipService.replyNext(503, "application/problem+json", STORE_DOWN);
        }

        for (int call = 0; call < 2; call++) {
            expectUnavailable("/api/v1/organisations");
        }
        assertThat(breaker("partnership-service").getState()).isEqualTo(CircuitBreaker.State.OPEN);
        int askedWhileClosed = partnershipService.received().size();

        expectUnavailable("/api/v1/partnerships/kettering-csp");

        assertThat(partnershipService.received()).as("an open breaker does not ask the service")
            .hasSize(askedWhileClosed);
        assertThat(breaker("priority-service").getState()).isEqualTo(CircuitBreaker.State.CLOSED);
    }

    @Test
    void countsEachServerErrorOfAWriteAsAFailureOfTheService() {
        scrutinyService.replyNext(500, "application/problem+json", "{\"status\":500}");
        scrutinyService.replyNext(502, "application/problem+json", "{\"status\":502}");

        client.post()
            .uri("/api/v1/meetings")
            .contentType(MediaType.APPLICATION_JSON)
            .bodyValue("{}")
            .exchange()
            .expectStatus()
            .isEqualTo(500)
            .expectHeader()
            .contentType(MediaType.APPLICATION_PROBLEM_JSON)
            .expectBody()
            .jsonPath("$.detail")
            .isEqualTo("scrutiny-service could not handle this request")
            .jsonPath("$.service")
            .isEqualTo("scrutiny-service");
        client.post()
            .uri("/api/v1/meetings")
            .contentType(MediaType.APPLICATION_JSON)
            .bodyValue("{}")
            .exchange()
            .expectStatus()
            .isEqualTo(503);

        assertThat(breaker("scrutiny-service").getMetrics().getNumberOfFailedCalls()).isEqualTo(2);
        assertThat(breaker("scrutiny-service").getState()).isEqualTo(CircuitBreaker.State.OPEN);
    }

    @Test
    void neverCountsAClientErrorAgainstTheServiceAndPassesItOnAsTheServiceWroteIt() {
        int[] clientErrors = { 400, 404, 409, 412, 422, 428 };
        for (int status : clientErrors) {
            priorityService.replyNext(status, "application/problem+json",
                    "{\"status\":" + status + ",\"detail\":\"the service's own words\"}");
        }

        for (int status : clientErrors) {
            client.get()
                .uri("/api/v1/priorities/violence")
                .exchange()
                .expectStatus()
                .isEqualTo(status)
                .expectBody()
                .jsonPath("$.detail")
                .isEqualTo("the service's own words");
        }

        assertThat(breaker("priority-service").getMetrics().getNumberOfFailedCalls()).isZero();
        // Counted as answers of a working service (the window holds the last four).
        assertThat(breaker("priority-service").getMetrics().getNumberOfSuccessfulCalls()).isEqualTo(4);
        assertThat(breaker("priority-service").getState()).isEqualTo(CircuitBreaker.State.CLOSED);
    }

    @Test
    void closesAgainOnceTheServiceAnswersNormally() {
        for (int reply = 0; reply < 6; reply++) {
            notificationService.replyNext(503, "application/problem+json", "{\"status\":503}");
        }
        for (int call = 0; call < 2; call++) {
            client.get().uri("/api/v1/deliveries").exchange().expectStatus().isEqualTo(503);
        }
        assertThat(breaker("notification-service").getState()).isEqualTo(CircuitBreaker.State.OPEN);

        // The breaker half-opens by itself (after 500 ms in the test profile) and lets a
        // probe through, which the service now answers normally.
        await().atMost(Duration.ofSeconds(5))
            .pollInterval(Duration.ofMillis(100))
            .untilAsserted(() -> client.get()
                .uri("/api/v1/deliveries")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.service")
                .isEqualTo("notification-service"));
        assertThat(breaker("notification-service").getState()).isEqualTo(CircuitBreaker.State.CLOSED);
    }

    private void expectUnavailable(String path) {
        client.get()
            .uri(path)
            .exchange()
            .expectStatus()
            .isEqualTo(503)
            .expectHeader()
            .contentType(MediaType.APPLICATION_PROBLEM_JSON)
            .expectHeader()
            .valueMatches("Cache-Control", ".*no-store.*")
            .expectBody()
            .jsonPath("$.detail")
            .isEqualTo("partnership-service is unavailable; try again shortly")
            .jsonPath("$.service")
            .isEqualTo("partnership-service")
            .jsonPath("$.instance")
            .isEqualTo(path);
    }

    private CircuitBreaker breaker(String service) {
        return breakers.circuitBreaker(service);
    }

}
