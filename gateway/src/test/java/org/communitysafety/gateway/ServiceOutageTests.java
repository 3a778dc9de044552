package org.communitysafety.gateway;

import java.time.Duration;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import org.junit.jupiter.api.Test;

import org.springframework.http.MediaType;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class ServiceOutageTests extends GatewayTestSupport {

    @Test
    void answersWithinASecondWithAProblemNamingTheServiceAndOpensItsBreakerWhenTheServiceIsDown() {
        partnershipService.stop();

        for (int call = 0; call < 4; call++) {
            long startedAt = System.nanoTime();
            client.get()
                .uri("/api/v1/partnerships/kettering-csp")
                .exchange()
                .expectStatus()
                .isEqualTo(503)
                .expectHeader()
                .valueMatches("Cache-Control", ".*no-store.*")
                .expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.type")
                .isEqualTo("https://communitysafety.example/problems/service-unavailable")
                .jsonPath("$.title")
                .isEqualTo("Service Unavailable")
                .jsonPath("$.status")
                .isEqualTo(503)
                .jsonPath("$.detail")
                .isEqualTo("partnership-service is unavailable; try again shortly")
                .jsonPath("$.instance")
                .isEqualTo("/api/v1/partnerships/kettering-csp")
                .jsonPath("$.service")
                .isEqualTo("partnership-service");
            assertThat(Duration.ofNanos(System.nanoTime() - startedAt)).isLessThan(Duration.ofSeconds(1));
        }

        assertThat(breaker("partnership-service").getState()).isEqualTo(CircuitBreaker.State.OPEN);
        assertThat(breaker("priority-service").getState()).isEqualTo(CircuitBreaker.State.CLOSED);
    }

    @Test
    void closesTheBreakerByItselfOnceTheServiceIsBackWithoutRestartingTheGateway() {
        partnershipService.stop();
        await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> {
            client.get().uri("/api/v1/organisations").exchange().expectStatus().isEqualTo(503);
            assertThat(breaker("partnership-service").getState()).isEqualTo(CircuitBreaker.State.OPEN);
        });

        partnershipService.restart();

        await().atMost(Duration.ofSeconds(5))
            .pollInterval(Duration.ofMillis(100))
            .untilAsserted(() -> client.get()
                .uri("/api/v1/organisations")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.service")
                .isEqualTo("partnership-service"));
        assertThat(breaker("partnership-service").getState()).isEqualTo(CircuitBreaker.State.CLOSED);
    }

    @Test
    void countsACallWithAllItsRetriesAsOneFailureOfTheService() {
        priorityService.stop();

        client.get().uri("/api/v1/priorities").exchange().expectStatus().isEqualTo(503);

        // The breaker wraps the retries: one caller's call is one failure, however often
        // it was tried.
        assertThat(breaker("priority-service").getMetrics().getNumberOfFailedCalls()).isEqualTo(1);
    }

    @Test
    void answersWithAProblemNamingTheServiceWhenItDoesNotAnswerInTime() {
        scrutinyService.holdNextReply();

        client.get()
            .uri("/api/v1/meetings/9")
            .exchange()
            .expectStatus()
            .isEqualTo(504)
            .expectHeader()
            .contentType(MediaType.APPLICATION_PROBLEM_JSON)
            .expectBody()
            .jsonPath("$.title")
            .isEqualTo("Gateway Timeout")
            .jsonPath("$.detail")
            .isEqualTo("scrutiny-service did not answer in time; try again shortly")
            .jsonPath("$.instance")
            .isEqualTo("/api/v1/meetings/9");
    }

    @Test
    void answersAWriteToAServiceThatIsDownWithTheSameProblem() {
        notificationService.stop();

        client.post()
            .uri("/api/v1/notification-preferences")
            .contentType(MediaType.APPLICATION_JSON)
            .bodyValue("{\"digest\":\"weekly\"}")
            .exchange()
            .expectStatus()
            .isEqualTo(503)
            .expectBody()
            .jsonPath("$.detail")
            .isEqualTo("notification-service is unavailable; try again shortly");
    }

    private CircuitBreaker breaker(String service) {
        return breakers.circuitBreaker(service);
    }

}
