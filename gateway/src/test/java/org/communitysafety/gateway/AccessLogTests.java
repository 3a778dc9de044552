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
    void writesOneStructuredLinePerRequestWithItsTraceIdClientAndOrganisation(CapturedOutput output) {
        client.get()
            .uri("/api/v1/people/7?page=2")
            .header("traceparent", "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01")
            .header("X-Request-Id", "caller-7")
            .exchange()
            .expectStatus()
            .isOk();

        JsonNode line = awaitAccessLogLine(output, "/api/v1/people/7");
        assertThat(line.at("/http/request/method").asString()).isEqualTo("GET");
        assertThat(line.at("/http/response/status_code").asInt()).isEqualTo(200);
        assertThat(line.at("/http/request/id").asString()).isEqualTo("caller-7");
        assertThat(line.at("/trace/id").asString()).isEqualTo("4bf92f3577b34da6a3ce929d0e0e4736");
        assertThat(line.at("/client/id").asString()).isEqualTo("client:" + AGENCY);
        assertThat(line.at("/organization/id").asString()).isEqualTo(AGENCY);
        assertThat(line.at("/event/duration").asLong()).isPositive();
        assertThat(line.at("/message").asString()).startsWith("GET /api/v1/people/7 200 ")
            .endsWith("ms client:" + AGENCY + " of " + AGENCY);
    }

    @Test
    void namesTheClientAndOrganisationOfACallTheGatewayRefused(CapturedOutput output) {
        bearing(tokens.forOrganisation("corby-borough-council")).delete()
            .uri("/api/v1/actions/5")
            .exchange()
            .expectStatus()
            .isForbidden();

        JsonNode line = awaitAccessLogLine(output, "/api/v1/actions/5");
        assertThat(line.at("/http/response/status_code").asInt()).isEqualTo(403);
        assertThat(line.at("/client/id").asString()).isEqualTo("client:corby-borough-council");
        assertThat(line.at("/organization/id").asString()).isEqualTo("corby-borough-council");
    }

    @Test
    void namesAnAnonymousCallerByItsAddressAndNoOrganisation(CapturedOutput output) {
        anonymous.get().uri("/api/v1/open/meetings/calendar").exchange().expectStatus().isOk();

        JsonNode line = awaitAccessLogLine(output, "/api/v1/open/meetings/calendar");
        assertThat(line.at("/client/id").asString()).isEqualTo("address:127.0.0.1");
        assertThat(line.at("/organization").isMissingNode()).isTrue();
    }

    @Test
    void logsTheStatusTheCallerGotForTheGatewaysOwnErrors(CapturedOutput output) {
        client.get().uri("/api/v1/nothing-here").exchange().expectStatus().isNotFound();
        anonymous.get().uri("/api/v1/nothing-either").exchange().expectStatus().isUnauthorized();

        JsonNode line = awaitAccessLogLine(output, "/api/v1/nothing-here");
        assertThat(line.at("/http/response/status_code").asInt()).isEqualTo(404);
        assertThat(line.at("/trace/id").asString()).hasSize(32);
        assertThat(awaitAccessLogLine(output, "/api/v1/nothing-either").at("/http/response/status_code").asInt())
            .isEqualTo(401);
    }

    // The line is written once the response is complete, which may be just after the
    // client has read it.
    private static JsonNode awaitAccessLogLine(CapturedOutput output, String path) {
        return await().atMost(Duration.ofSeconds(5))
            .until(() -> accessLogLine(output, path), Optional::isPresent)
            .orElseThrow();
    }

    private static Optional<JsonNode> accessLogLine(CapturedOutput output, String path) {
        return output.getOut()
            .lines()
            .filter(line -> line.startsWith("{") && line.contains("org.communitysafety.gateway.access"))
            .map(json::readTree)
            .filter(line -> path.equals(line.at("/url/path").asString()))
            .findFirst();
    }

}
