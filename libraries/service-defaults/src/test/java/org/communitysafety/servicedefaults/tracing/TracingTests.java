package org.communitysafety.servicedefaults.tracing;

import java.time.Duration;
import java.util.HexFormat;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.sdk.trace.data.SpanData;
import org.communitysafety.servicedefaults.sample.SampleApplication;
import org.communitysafety.testkit.ApiClient;
import org.communitysafety.testkit.RecordedSpans;
import org.communitysafety.testkit.TestTokens;
import org.communitysafety.testkit.WithPlatformInfrastructure;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * One trace from the request that stores a change, through the relay's later send on
 * another thread, to the consumer that handles the event: the spans Micrometer Tracing
 * exports (read back from {@link RecordedSpans}) and the trace id in the log lines.
 */
@SpringBootTest(classes = SampleApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@WithPlatformInfrastructure
@ExtendWith(OutputCaptureExtension.class)
class TracingTests {

    @LocalServerPort
    int port;

    @Autowired
    RecordedSpans spans;

    @Test
    void theRelaysSendContinuesTheTraceOfTheRequestThatStoredTheEventAndTheConsumerHandlesItAsAChildOfTheSend(
            CapturedOutput output) {
        String traceId = HexFormat.of().formatHex(randomBytes(16));
        String callersSpanId = HexFormat.of().formatHex(randomBytes(8));

        ApiClient.Response created = ApiClient.at("http://127.0.0.1:" + port)
            .withToken(TestTokens.shared().forOrganisation("northamptonshire-police", "AGENCY"))
            .send("POST", "/api/v1/ledgers", "application/json", "{\"note\":\"traced\"}", "traceparent",
                    "00-" + traceId + "-" + callersSpanId + "-01");
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String ledger = created.json().get("id").asString();

        SpanData received = await().atMost(Duration.ofSeconds(20))
            .until(() -> spans.ofTrace(traceId)
                .stream()
                .filter(span -> span.getKind() == SpanKind.CONSUMER)
                .findFirst(), java.util.Optional::isPresent)
            .orElseThrow();
        SpanData request = spans.ofTrace(traceId)
            .stream()
            .filter(span -> span.getKind() == SpanKind.SERVER)
            .findFirst()
            .orElseThrow();
        SpanData relayed = spans.named(traceId, "outbox publish").orElseThrow();
        SpanData sent = spans.withId(traceId, received.getParentSpanId()).orElseThrow();

        assertThat(request.getParentSpanId()).as("the request continues the caller's trace").isEqualTo(callersSpanId);
        assertThat(spans.withId(traceId, relayed.getParentSpanId()))
            .as("the relay's publication is part of the request's work, not a trace of its own")
            .isPresent();
        assertThat(relayed.getStartEpochNanos()).isGreaterThan(request.getStartEpochNanos());
        assertThat(sent.getKind()).as("the consumer's span is a child of the producer's send")
            .isEqualTo(SpanKind.PRODUCER);
        assertThat(sent.getParentSpanId()).as("the send happens within the relay's publication")
            .isEqualTo(relayed.getSpanId());
        await().atMost(Duration.ofSeconds(10))
            .untilAsserted(() -> assertThat(output.getAll()
                .lines()
                .filter(line -> line.contains("ledger-listener handled") && line.contains("ledgers/" + ledger)))
                .as("the consumer's log line carries the trace id")
                .singleElement()
                .asString()
                .contains(traceId));
    }

    @Test
    void theRelaysPollsAreNoTracesOfTheirOwn() {
        ApiClient.Response created = ApiClient.at("http://127.0.0.1:" + port)
            .withToken(TestTokens.shared().forOrganisation("northamptonshire-police", "AGENCY"))
            .post("/api/v1/ledgers", "{\"note\":\"polled\"}");
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        await().atMost(Duration.ofSeconds(20))
            .until(() -> spans.all().stream().anyMatch(span -> span.getName().equals("outbox publish")));

        assertThat(spans.all()).as("a publication is traced, the polls that found it are not")
            .noneMatch(span -> POLLS.stream().anyMatch(poll -> poll.equals(span.getAttributes().get(CODE_FUNCTION))))
            .anyMatch(span -> span.getName().equals("outbox publish"));
    }

    /**
     * The scheduled methods that poll: the outbox relay's and the personal data key
     * relay's.
     */
    private static final Set<String> POLLS = Set.of("relayPendingEvents", "publishPending");

    private static final AttributeKey<String> CODE_FUNCTION = AttributeKey.stringKey("code.function");

    private static byte[] randomBytes(int count) {
        byte[] bytes = new byte[count];
        ThreadLocalRandom.current().nextBytes(bytes);
        return bytes;
    }

}
