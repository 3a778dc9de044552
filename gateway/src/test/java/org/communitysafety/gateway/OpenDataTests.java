package org.communitysafety.gateway;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import org.junit.jupiter.api.Test;

import org.springframework.http.MediaType;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Published open data: anyone reads it without a token, and nobody changes it through the
 * open paths.
 */
class OpenDataTests extends GatewayTestSupport {

    @Test
    void servesAPublishedPlanToAnyoneWithoutAToken() {
        anonymous.get()
            .uri("/api/v1/open/plans/kettering-csp/2015-16")
            .exchange()
            .expectStatus()
            .isOk()
            .expectBody()
            .jsonPath("$.service")
            .isEqualTo("priority-service");
    }

    @Test
    void servesItToAnAuthenticatedCallerToo() {
        client.get().uri("/api/v1/open/agreements/2015-16").exchange().expectStatus().isOk();
    }

    @Test
    void answersAHeadWithoutAToken() {
        anonymous.head().uri("/api/v1/open/meetings/calendar.ics").exchange().expectStatus().isOk();

        assertThat(scrutinyService.lastRequest().method()).isEqualTo("HEAD");
    }

    @Test
    void refusesAnAnonymousWriteToOpenDataWithoutPassingItOn() {
        anonymous.post()
            .uri("/api/v1/open/plans")
            .contentType(MediaType.APPLICATION_JSON)
            .bodyValue("{}")
            .exchange()
            .expectStatus()
            .isUnauthorized();

        assertThat(priorityService.received()).isEmpty();
    }

    @Test
    void refusesAnAuthenticatedWriteToOpenDataWithA405ProblemNamingTheReadsWithoutPassingItOn() {
        client.post()
            .uri("/api/v1/open/recommendations/11")
            .contentType(MediaType.APPLICATION_JSON)
            .bodyValue("{}")
            .exchange()
            .expectStatus()
            .isEqualTo(405)
            .expectHeader()
            .contentType(MediaType.APPLICATION_PROBLEM_JSON)
            .expectHeader()
            .value("Allow", allow -> assertThat(allow).contains("GET", "HEAD"))
            .expectBody()
            .jsonPath("$.detail")
            .isEqualTo("POST is not allowed on /api/v1/open/recommendations/11; allowed: GET, HEAD");

        assertThat(scrutinyService.received()).isEmpty();
        assertThat(breakers.circuitBreaker("scrutiny-service").getState()).isEqualTo(CircuitBreaker.State.CLOSED);
        assertThat(breakers.circuitBreaker("scrutiny-service").getMetrics().getNumberOfFailedCalls()).isZero();
    }

    @Test
    void servesOnlyThePublishedCollectionsWithoutAToken() {
        anonymous.get().uri("/api/v1/open/deliveries").exchange().expectStatus().isNotFound();
        anonymous.get().uri("/api/v1/actions").exchange().expectStatus().isUnauthorized();
    }

}
