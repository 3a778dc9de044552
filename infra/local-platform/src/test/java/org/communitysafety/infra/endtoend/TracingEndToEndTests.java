package org.communitysafety.infra.endtoend;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import io.opentelemetry.proto.trace.v1.Span.SpanKind;
import org.communitysafety.infra.endtoend.OtlpTraceReceiver.ReceivedSpan;
import org.communitysafety.testkit.ApiClient;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * One appointment through the gateway is one trace, as a collector receives it over OTLP
 * from the separate processes: the gateway's request, partnership-service handling it,
 * the relay's Kafka send, notification-service receiving the event and the SMTP send of
 * the email, each span a child of another span of the same trace.
 */
class TracingEndToEndTests {

    private final RunningPlatform platform = RunningPlatform.get();

    private final Registry registry = new Registry(platform);

    @Test
    void anAppointmentThroughTheGatewayIsOneTraceFromTheRequestToTheEmail() {
        String police = registry.organisation();
        String csp = registry.partnershipOf(police);
        String email = Registry.email();

        ApiClient.Response appointed = platform.gatewayAs(Registry.GROUP_MANAGER)
            .post("/api/v1/partnerships/" + csp + "/members", Registry.member(police, email));

        assertThat(appointed.status()).as(appointed.toString()).isEqualTo(201);
        String traceId = appointed.header("traceparent").orElseThrow().substring(3, 35);
        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
            List<ReceivedSpan> trace = platform.traces().trace(traceId);
            assertThat(trace).as("the trace's spans").anySatisfy(span -> {
                assertThat(span.service()).isEqualTo("gateway");
                assertThat(span.kind()).isEqualTo(SpanKind.SPAN_KIND_SERVER);
                assertThat(span.isRoot()).as("the gateway started the trace").isTrue();
            }).anySatisfy(span -> {
                assertThat(span.service()).isEqualTo("partnership-service");
                assertThat(span.kind()).isEqualTo(SpanKind.SPAN_KIND_SERVER);
            }).anySatisfy(span -> {
                assertThat(span.service()).isEqualTo("partnership-service");
                assertThat(span.kind()).as("the relay's Kafka send").isEqualTo(SpanKind.SPAN_KIND_PRODUCER);
            }).anySatisfy(span -> {
                assertThat(span.service()).isEqualTo("notification-service");
                assertThat(span.kind()).as("the listener's receive").isEqualTo(SpanKind.SPAN_KIND_CONSUMER);
            }).anySatisfy(span -> {
                assertThat(span.service()).isEqualTo("notification-service");
                assertThat(span.name()).isEqualTo("smtp send");
            });
            Set<String> spanIds = trace.stream().map(ReceivedSpan::spanId).collect(Collectors.toSet());
            assertThat(trace).as("one trace: one root, every other span the child of a span in it")
                .filteredOn(span -> !span.isRoot())
                .allSatisfy(span -> assertThat(spanIds).contains(span.parentSpanId()));
            assertThat(trace).filteredOn(ReceivedSpan::isRoot).hasSize(1);
        });
    }

}
