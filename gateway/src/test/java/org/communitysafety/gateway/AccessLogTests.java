package org.communitysafety.gateway;

import java.time.Duration;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@ExtendWith(OutputCaptureExtension.class)
class AccessLogTests extends GatewayTestSupport {

    private static final JsonMapper json = JsonMapper.builder().build();

    @Test
    void writesOneStructuredLinePerRequestWithItsTraceIdAndClient(CapturedOutput output) {
        client.get().uri("/api/v1/people/7?page=2")
                .header("traceparent", "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01")
                .header("X-Request-Id", "caller-7")
                .exchange()
                .expectStatus().isOk();

        JsonNode line = awaitAccessLogLine(output, "/api/v1/people/7");
        assertThat(line.at("/http/request/method").asString()).isEqualTo("GET");
        assertThat(line.at("/http/response/status_code").asInt()).isEqualTo(200);
        assertThat(line.at("/http/request/id").asString()).isEqualTo("caller-7");
        assertThat(line.at("/trace/id").asString()).isEqualTo("4bf92f3577b34da6a3ce929d0e0e4736");
        assertThat(line.at("/client/id").asString()).isEqualTo("address:127.0.0.1");
        assertThat(line.at("/event/duration").asLong()).isPositive();
    }

    @Test
    void logsTheStatusTheCallerGotForTheGatewaysOwnErrors(CapturedOutput output) {
        client.get().uri("/api/v1/nothing-here").exchange().expectStatus().isNotFound();

        JsonNode line = awaitAccessLogLine(output, "/api/v1/nothing-here");
        assertThat(line.at("/http/response/status_code").asInt()).isEqualTo(404);
        assertThat(line.at("/trace/id").asString()).hasSize(32);
    }

    // The line is written once the response is complete, which may be just after the client has read it.
    private static JsonNode awaitAccessLogLine(CapturedOutput output, String path) {
        return await().atMost(Duration.ofSeconds(5))
                .until(() -> accessLogLine(output, path), Optional::isPresent)
                .orElseThrow();
    }

    private static Optional<JsonNode> accessLogLine(CapturedOutput output, String path) {
        return output.getOut().lines()
                .filter(line -> line.startsWith("{") && line.contains("org.communitysafety.gateway.access"))
                .map(json::readTree)
                .filter(line -> path.equals(line.at("/url/path").asString()))
                .findFirst();
    }
}
