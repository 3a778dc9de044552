package org.communitysafety.notification.delivery;

import java.time.Duration;
import java.util.HexFormat;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.sdk.trace.data.SpanData;
import jakarta.mail.internet.MimeMessage;
import org.communitysafety.notification.Mailbox;
import org.communitysafety.notification.NotificationServiceTest;
import org.communitysafety.notification.PartnershipTopic;
import org.communitysafety.testkit.RecordedSpans;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The email is the last part of the trace that caused it: the listener continues the
 * producer's trace from the record's headers, the delivery it queues keeps that trace,
 * and the dispatcher's later attempt and its SMTP send are spans in it, whose context the
 * email carries in its {@code X-Trace-Parent} header.
 */
@NotificationServiceTest
@ExtendWith(OutputCaptureExtension.class)
class EmailTracingTests {

    @Autowired
    RecordedSpans spans;

    @Test
    void theSmtpSendIsASpanInTheTraceThatQueuedTheDeliveryAndTheEmailCarriesIt(CapturedOutput output) throws Exception {
        String traceId = hex(16);
        String producersSpanId = hex(8);
        String email = PartnershipTopic.uniqueEmail();
        ObjectNode appointment = PartnershipTopic.memberAppointed(email)
            .put("traceparent", "00-" + traceId + "-" + producersSpanId + "-01");

        PartnershipTopic.publish(appointment);

        MimeMessage message = Mailbox.shared().awaitOneTo(email);
        SpanData smtpSend = await().atMost(Duration.ofSeconds(10))
            .until(() -> spans.named(traceId, Mailer.SMTP_SEND), Optional::isPresent)
            .orElseThrow();
        SpanData attempt = spans.withId(traceId, smtpSend.getParentSpanId()).orElseThrow();
        SpanData received = spans.ofTrace(traceId)
            .stream()
            .filter(span -> span.getKind() == SpanKind.CONSUMER)
            .findFirst()
            .orElseThrow();

        assertThat(received.getParentSpanId()).as("the listener continues the producer's send")
            .isEqualTo(producersSpanId);
        assertThat(attempt.getName()).isEqualTo("email delivery");
        assertThat(spans.withId(traceId, attempt.getParentSpanId()))
            .as("the attempt continues the trace of the work that queued the delivery")
            .isPresent();
        assertThat(attempt.getStartEpochNanos()).isGreaterThan(received.getStartEpochNanos());
        assertThat(Mailbox.header(message, "X-Trace-Parent"))
            .isEqualTo("00-" + traceId + "-" + smtpSend.getSpanId() + "-01");
        assertThat(output.getAll().lines().filter(line -> line.contains("Sent delivery")))
            .as("the dispatcher's log line carries the trace id")
            .anySatisfy(line -> assertThat(line).contains(traceId));
    }

    private static String hex(int bytes) {
        byte[] random = new byte[bytes];
        ThreadLocalRandom.current().nextBytes(random);
        return HexFormat.of().formatHex(random);
    }

}
