package org.communitysafety.gateway;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.http.MediaType;

import org.communitysafety.gateway.RecordingBackend.ReceivedRequest;

import static org.assertj.core.api.Assertions.assertThat;

class RetryTests extends GatewayTestSupport {

    private static final String PROBLEM = "{\"status\":502,\"detail\":\"no upstream\"}";

    @ParameterizedTest(name = "after a {0}")
    @ValueSource(ints = { 502, 504 })
    void retriesAGetThatTheServiceAnsweredWithAGatewayError(int status) {
        priorityService.replyNext(status, "application/problem+json", PROBLEM);

        client.get()
            .uri("/api/v1/priorities/violence")
            .exchange()
            .expectStatus()
            .isOk()
            .expectBody()
            .jsonPath("$.service")
            .isEqualTo("priority-service");

        assertThat(priorityService.received()).extracting(ReceivedRequest::method).containsExactly("GET", "GET");
    }

    @Test
    void retriesAGetTwiceAtMostAndThenAnswersWithAProblemNamingTheService() {
        for (int reply = 0; reply < 4; reply++) {
            priorityService.replyNext(502, "application/problem+json", PROBLEM);
        }

        client.get()
            .uri("/api/v1/priorities/violence")
            .exchange()
            .expectStatus()
            .isEqualTo(503)
            .expectBody()
            .jsonPath("$.detail")
            .isEqualTo("priority-service is unavailable; try again shortly");

        assertThat(priorityService.received()).hasSize(3);
    }

    @Test
    void doesNotRetryA503TheServiceAnswersItselfSinceItSaysItCannotServeNow() {
        priorityService.replyNext(503, "application/problem+json",
                "{\"status\":503,\"detail\":\"priority-service: the store is unavailable\"}");

        client.get()
            .uri("/api/v1/priorities/violence")
            .exchange()
            .expectStatus()
            .isEqualTo(503)
            .expectBody()
            .jsonPath("$.service")
            .isEqualTo("priority-service");

        assertThat(priorityService.received()).hasSize(1);
    }

    @Test
    void doesNotRetryAPost() {
        priorityService.replyNext(503, "application/problem+json", PROBLEM);

        client.post()
            .uri("/api/v1/actions/5/progress")
            .contentType(MediaType.APPLICATION_JSON)
            .bodyValue("{\"note\":\"done\"}")
            .exchange()
            .expectStatus()
            .isEqualTo(503)
            .expectBody()
            .jsonPath("$.service")
            .isEqualTo("priority-service");

        assertThat(priorityService.received()).extracting(ReceivedRequest::method).containsExactly("POST");
    }

    @Test
    void doesNotRetryAnInternalServerError() {
        priorityService.replyNext(500, "application/problem+json", "{\"status\":500}");

        client.get().uri("/api/v1/priorities/violence").exchange().expectStatus().isEqualTo(500);

        assertThat(priorityService.received()).hasSize(1);
    }

}
