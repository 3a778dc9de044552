package org.communitysafety.gateway;

import org.junit.jupiter.api.Test;

import org.springframework.http.MediaType;

class GatewayErrorsTests extends GatewayTestSupport {

    @Test
    void answersAPathNoRouteServesWithA404Problem() {
        client.get()
            .uri("/api/v2/organisations")
            .accept(MediaType.TEXT_HTML)
            .exchange()
            .expectStatus()
            .isNotFound()
            .expectHeader()
            .contentType(MediaType.APPLICATION_PROBLEM_JSON)
            .expectBody()
            .jsonPath("$.type")
            .isEqualTo("https://communitysafety.example/problems/not-found")
            .jsonPath("$.title")
            .isEqualTo("Not Found")
            .jsonPath("$.status")
            .isEqualTo(404)
            .jsonPath("$.detail")
            .isEqualTo("Nothing is served at /api/v2/organisations")
            .jsonPath("$.instance")
            .isEqualTo("/api/v2/organisations")
            .jsonPath("$.trace")
            .doesNotExist();
    }

    @Test
    void answersAMethodTheGatewayDoesNotAllowWithA405ProblemNamingTheAllowedOnes() {
        anonymous.delete()
            .uri("/actuator/health")
            .exchange()
            .expectStatus()
            .isEqualTo(405)
            .expectHeader()
            .contentType(MediaType.APPLICATION_PROBLEM_JSON)
            .expectHeader()
            .valueEquals("Allow", "GET")
            .expectBody()
            .jsonPath("$.status")
            .isEqualTo(405)
            .jsonPath("$.detail")
            .isEqualTo("DELETE is not allowed on /actuator/health; allowed: GET");
    }

    @Test
    void doesNotAnswerAsAFallbackToACallerAskingForItDirectly() {
        anonymous.get()
            .uri("/fallback/partnership-service")
            .exchange()
            .expectStatus()
            .isNotFound()
            .expectHeader()
            .contentType(MediaType.APPLICATION_PROBLEM_JSON);
    }

}
