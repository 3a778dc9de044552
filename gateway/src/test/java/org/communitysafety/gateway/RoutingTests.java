package org.communitysafety.gateway;

import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.http.MediaType;

import org.communitysafety.gateway.RecordingBackend.ReceivedRequest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.junit.jupiter.params.provider.Arguments.arguments;

class RoutingTests extends GatewayTestSupport {

    /** A W3C traceparent as the platform writes them: version 00, sampled. */
    private static final String TRACEPARENT = "00-[0-9a-f]{32}-[0-9a-f]{16}-01";

    static Stream<Arguments> everyApiPathAndItsService() {
        return Stream.of(arguments("/api/v1/organisations/e10000021", "partnership-service"),
                arguments("/api/v1/partnerships/kettering-csp", "partnership-service"),
                arguments("/api/v1/people/7", "partnership-service"),
                arguments("/api/v1/partnership-baseline/load", "partnership-service"),
                arguments("/api/v1/strategic-assessments/2015-16", "priority-service"),
                arguments("/api/v1/priorities/violence", "priority-service"),
                arguments("/api/v1/partnership-plans/3", "priority-service"),
                arguments("/api/v1/agreements/2015-16", "priority-service"),
                arguments("/api/v1/action-plans/4", "priority-service"),
                arguments("/api/v1/actions/5/progress", "priority-service"),
                arguments("/api/v1/commissions/6", "priority-service"),
                arguments("/api/v1/committees/7", "scrutiny-service"),
                arguments("/api/v1/police-and-crime-panels/8", "scrutiny-service"),
                arguments("/api/v1/meetings/9/agenda", "scrutiny-service"),
                arguments("/api/v1/reviews/10", "scrutiny-service"),
                arguments("/api/v1/recommendations/11", "scrutiny-service"),
                arguments("/api/v1/deliveries/12", "notification-service"),
                arguments("/api/v1/notification-preferences/13", "notification-service"),
                arguments("/api/v1/six-monthly-updates/14/preview", "notification-service"));
    }

    @ParameterizedTest(name = "{0} reaches {1}")
    @MethodSource("everyApiPathAndItsService")
    void eachApiPathReachesTheServiceThatOwnsItWithATraceContext(String path, String service) {
        client.get().uri(path).exchange().expectStatus().isOk().expectBody().jsonPath("$.service").isEqualTo(service);

        ReceivedRequest received = backend(service).lastRequest();
        assertThat(received.path()).isEqualTo(path);
        assertThat(received.header("traceparent")).matches(TRACEPARENT);
        assertThat(received.header("X-Request-Id")).isNotBlank();
    }

    static Stream<Arguments> everyOpenDataPathAndItsService() {
        return Stream.of(arguments("/api/v1/open/partnerships/kettering-csp", "partnership-service"),
                arguments("/api/v1/open/plans/kettering-csp/2015-16", "priority-service"),
                arguments("/api/v1/open/agreements/2015-16.csv", "priority-service"),
                arguments("/api/v1/open/priorities", "priority-service"),
                arguments("/api/v1/open/meetings/calendar.ics", "scrutiny-service"),
                arguments("/api/v1/open/committees/7", "scrutiny-service"),
                arguments("/api/v1/open/recommendations/11", "scrutiny-service"));
    }

    @ParameterizedTest(name = "{0} reaches {1} without a token")
    @MethodSource("everyOpenDataPathAndItsService")
    void eachOpenDataPathReachesTheServiceThatPublishesItWithoutAToken(String path, String service) {
        anonymous.get()
            .uri(path)
            .exchange()
            .expectStatus()
            .isOk()
            .expectBody()
            .jsonPath("$.service")
            .isEqualTo(service);

        ReceivedRequest received = backend(service).lastRequest();
        assertThat(received.path()).isEqualTo(path);
        assertThat(received.header("Authorization")).isNull();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = { "partnership-service", "priority-service", "scrutiny-service", "notification-service" })
    void eachServiceOperationalEndpointsAreReachedUnderItsNameWithTheNameTakenOutOfThePath(String service) {
        bearing(tokens.forOrganisation("northamptonshire-county-council", "ADMINISTRATOR")).post()
            .uri("/api/v1/operations/" + service + "/dead-letters/42/replay?topic=membership")
            .exchange()
            .expectStatus()
            .isOk()
            .expectBody()
            .jsonPath("$.service")
            .isEqualTo(service);

        assertThat(backend(service).lastRequest().path()).isEqualTo("/api/v1/operations/dead-letters/42/replay");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = { "partnership-service", "priority-service", "scrutiny-service", "notification-service" })
    void eachServiceOpenApiDocumentIsServedFromItsOwnApiDocsPathWithoutAToken(String service) {
        anonymous.get().uri("/v3/api-docs/" + service).exchange().expectStatus().isOk();

        assertThat(backend(service).lastRequest().path()).isEqualTo("/v3/api-docs");
    }

    @Test
    void theApiBrowserListsTheDocumentOfEveryService() {
        anonymous.get()
            .uri("/v3/api-docs/swagger-config")
            .exchange()
            .expectStatus()
            .isOk()
            .expectBody()
            .jsonPath("$.urls[*].name")
            .value(containsInAnyOrder("partnership-service", "priority-service", "scrutiny-service",
                    "notification-service"))
            .jsonPath("$.urls[?(@.name == 'partnership-service')].url")
            .isEqualTo("/v3/api-docs/partnership-service");
    }

    @Test
    void continuesTheCallersTraceAndKeepsItsRequestId() {
        String traceparent = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";

        client.get()
            .uri("/api/v1/priorities")
            .header("traceparent", traceparent)
            .header("tracestate", "vendor=value")
            .header("X-Request-Id", "caller-42")
            .exchange()
            .expectStatus()
            .isOk()
            .expectHeader()
            .valueEquals("X-Request-Id", "caller-42")
            .expectHeader()
            .valueMatches("traceparent", "00-4bf92f3577b34da6a3ce929d0e0e4736-[0-9a-f]{16}-01");

        ReceivedRequest received = priorityService.lastRequest();
        assertThat(received.header("traceparent")).as("the caller's trace, with the gateway's span as the parent")
            .matches("00-4bf92f3577b34da6a3ce929d0e0e4736-[0-9a-f]{16}-01")
            .doesNotContain("00f067aa0ba902b7");
        assertThat(received.header("tracestate")).isEqualTo("vendor=value");
        assertThat(received.header("X-Request-Id")).isEqualTo("caller-42");
    }

    @Test
    void startsANewTraceWhenTheCallersTraceContextIsMalformed() {
        client.get()
            .uri("/api/v1/priorities")
            .header("traceparent", "00-00000000000000000000000000000000-00f067aa0ba902b7-01")
            .header("tracestate", "vendor=value")
            .header("X-Request-Id", "<script>not a safe id</script>")
            .exchange()
            .expectStatus()
            .isOk();

        ReceivedRequest received = priorityService.lastRequest();
        assertThat(received.header("traceparent")).matches(TRACEPARENT)
            .doesNotContain("00000000000000000000000000000000");
        assertThat(received.header("tracestate")).isNull();
        assertThat(received.header("X-Request-Id")).matches("[0-9a-f-]{36}");
    }

    @Test
    void passesAWriteWithItsBodyToTheService() {
        client.post()
            .uri("/api/v1/actions/5/progress")
            .contentType(MediaType.APPLICATION_JSON)
            .bodyValue("{\"note\":\"done\"}")
            .exchange()
            .expectStatus()
            .isOk();

        ReceivedRequest received = priorityService.lastRequest();
        assertThat(received.method()).isEqualTo("POST");
        assertThat(new String(received.body())).isEqualTo("{\"note\":\"done\"}");
    }

}
