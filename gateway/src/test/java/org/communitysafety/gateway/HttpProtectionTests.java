package org.communitysafety.gateway;

import java.util.Arrays;

import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;

import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DefaultDataBufferFactory;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;

import static org.assertj.core.api.Assertions.assertThat;

class HttpProtectionTests extends GatewayTestSupport {

    private static final int LIMIT = 256 * 1024;

    @Test
    void passesOnABodyOfExactlyTheLimit() {
        client.post()
            .uri("/api/v1/actions")
            .contentType(MediaType.APPLICATION_JSON)
            .bodyValue(body(LIMIT))
            .exchange()
            .expectStatus()
            .isOk();

        assertThat(priorityService.lastRequest().body()).hasSize(LIMIT);
    }

    @Test
    void refusesADeclaredBodyOverTheLimitWithA413ProblemWithoutPassingItOn() {
        client.post()
            .uri("/api/v1/actions")
            .contentType(MediaType.APPLICATION_JSON)
            .bodyValue(body(LIMIT + 1))
            .exchange()
            .expectStatus()
            .isEqualTo(413)
            .expectHeader()
            .valueMatches("Cache-Control", ".*no-store.*")
            .expectHeader()
            .contentType(MediaType.APPLICATION_PROBLEM_JSON)
            .expectBody()
            .jsonPath("$.title")
            .isEqualTo("Content Too Large")
            .jsonPath("$.detail")
            .isEqualTo("The request body is larger than the limit of 262144 bytes")
            .jsonPath("$.instance")
            .isEqualTo("/api/v1/actions");

        assertThat(priorityService.received()).isEmpty();
    }

    @Test
    void refusesAStreamedBodyOverTheLimitWithA413ProblemWithoutPassingItOn() {
        DefaultDataBufferFactory buffers = DefaultDataBufferFactory.sharedInstance;
        Flux<DataBuffer> chunks = Flux.range(0, 5).map(chunk -> buffers.wrap(body(64 * 1024 + 1)));

        client.post()
            .uri("/api/v1/actions")
            .contentType(MediaType.APPLICATION_JSON)
            .body(chunks, DataBuffer.class)
            .exchange()
            .expectStatus()
            .isEqualTo(413)
            .expectHeader()
            .contentType(MediaType.APPLICATION_PROBLEM_JSON);

        assertThat(priorityService.received()).isEmpty();
    }

    @Test
    void setsSecurityHeadersOnAServicesAnswer() {
        client.get()
            .uri("/api/v1/committees")
            .exchange()
            .expectStatus()
            .isOk()
            .expectHeader()
            .valueEquals("X-Content-Type-Options", "nosniff")
            .expectHeader()
            .valueEquals("X-Frame-Options", "DENY")
            .expectHeader()
            .valueEquals("Referrer-Policy", "no-referrer")
            .expectHeader()
            .valueEquals("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'; sandbox")
            .expectHeader()
            .valueEquals("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
    }

    @Test
    void setsSecurityHeadersOnTheGatewaysOwnErrors() {
        client.get()
            .uri("/nowhere")
            .exchange()
            .expectStatus()
            .isNotFound()
            .expectHeader()
            .valueEquals("X-Content-Type-Options", "nosniff")
            .expectHeader()
            .valueEquals("X-Frame-Options", "DENY")
            .expectHeader()
            .exists("Content-Security-Policy");
    }

    @Test
    void letsANamedOriginCallTheApiFromABrowserWhosePreflightCarriesNoToken() {
        anonymous.options()
            .uri("/api/v1/actions/5")
            .header("Origin", "https://plans.example.org")
            .header("Access-Control-Request-Method", HttpMethod.PATCH.name())
            .header("Access-Control-Request-Headers", "if-match, content-type")
            .exchange()
            .expectStatus()
            .isOk()
            .expectHeader()
            .valueEquals("Access-Control-Allow-Origin", "https://plans.example.org")
            .expectHeader()
            .value("Access-Control-Allow-Methods", methods -> assertThat(methods).contains("PATCH"));

        assertThat(priorityService.received()).isEmpty();
    }

    @Test
    void refusesAnyOtherOriginWithA403Problem() {
        client.get()
            .uri("/api/v1/actions/5")
            .header("Origin", "https://elsewhere.example.com")
            .exchange()
            .expectStatus()
            .isForbidden()
            .expectHeader()
            .contentType(MediaType.APPLICATION_PROBLEM_JSON)
            .expectHeader()
            .doesNotExist("Access-Control-Allow-Origin")
            .expectBody()
            .jsonPath("$.detail")
            .isEqualTo("Cross-origin requests from https://elsewhere.example.com are not allowed");

        assertThat(priorityService.received()).isEmpty();
    }

    private static byte[] body(int size) {
        byte[] body = new byte[size];
        Arrays.fill(body, (byte) 'a');
        return body;
    }

}
