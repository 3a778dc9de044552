package org.communitysafety.infra.endtoend;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import org.communitysafety.infra.PlatformService;
import org.communitysafety.testkit.ApiClient;
import org.communitysafety.localinfrastructure.KafkaNode;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The platform's first flow, driven over HTTP through the gateway: an administrator
 * registers an organisation and a partnership, a group manager appoints a member,
 * partnership-service publishes MemberAppointed, notification-service keeps its copy of
 * the member and emails them, and the mail arrives.
 */
class MemberAppointmentEndToEndTests {

    private final RunningPlatform platform = RunningPlatform.get();

    private final Registry registry = new Registry(platform);

    private final GreenMail mail = platform.infrastructure().mail();

    @Test
    void appointingAMemberThroughTheGatewayEmailsThemAnAppointmentAlertCarryingOneTraceIdThroughout() throws Exception {
        String police = registry.organisation();
        String csp = registry.partnershipOf(police);
        String email = Registry.email();

        ApiClient.Response appointed = platform.gatewayAs(Registry.GROUP_MANAGER)
            .post("/api/v1/partnerships/" + csp + "/members", Registry.member(police, email));

        assertThat(appointed.status()).as(appointed.toString()).isEqualTo(201);
        MimeMessage alert = awaitMessagesFor(email, 1).get(0);
        assertThat(alert.getAllRecipients()).extracting(Object::toString).containsExactly(email);
        assertThat(alert.getSubject()).contains("Partnership " + csp);
        String body = plainText(alert);
        assertThat(body).contains("Jo Example (fictional)", "Partnership " + csp, "delegated authority");

        String traceId = appointed.header("traceparent").orElseThrow().substring(3, 35);
        assertThat(alert.getHeader("X-Trace-Parent")).singleElement().asString().contains(traceId);
        assertThat(platform.log(PlatformService.GATEWAY)).contains(traceId);
        await().atMost(Duration.ofSeconds(10))
            .untilAsserted(() -> assertThat(platform.log(PlatformService.NOTIFICATION)).contains(traceId));
    }

    @Test
    void keepsAcceptingWritesWhileKafkaIsDownAndAlertsEveryMemberExactlyOnceWhenItReturns() throws Exception {
        String police = registry.organisation();
        String csp = registry.partnershipOf(police);
        ApiClient manager = platform.gatewayAs(Registry.GROUP_MANAGER);
        KafkaNode kafka = platform.infrastructure().kafkaToInterrupt();
        List<String> emails = new ArrayList<>();

        kafka.stop();
        try {
            for (int i = 0; i < 5; i++) {
                String email = Registry.email();
                ApiClient.Response appointed = manager.post("/api/v1/partnerships/" + csp + "/members",
                        Registry.member(police, email));
                assertThat(appointed.status()).as(appointed.toString()).isEqualTo(201);
                emails.add(email);
            }
            assertThat(emails).allSatisfy(email -> assertThat(messagesFor(email)).isEmpty());
        }
        finally {
            kafka.start();
        }

        for (String email : emails) {
            awaitMessagesFor(email, 1);
        }
        assertNoSecondMessage(emails);
    }

    @Test
    void aServiceKilledAfterAcknowledgingAWriteStillPublishesItsEventAfterRestart() throws Exception {
        String police = registry.organisation();
        String csp = registry.partnershipOf(police);
        String email = Registry.email();
        KafkaNode kafka = platform.infrastructure().kafkaToInterrupt();

        kafka.stop();
        try {
            ApiClient.Response appointed = platform.gatewayAs(Registry.GROUP_MANAGER)
                .post("/api/v1/partnerships/" + csp + "/members", Registry.member(police, email));
            assertThat(appointed.status()).as(appointed.toString()).isEqualTo(201);
            platform.services().kill(PlatformService.PARTNERSHIP);
        }
        finally {
            kafka.start();
        }
        assertThat(messagesFor(email)).isEmpty();
        platform.services().restart(PlatformService.PARTNERSHIP);

        awaitMessagesFor(email, 1);
        assertNoSecondMessage(List.of(email));
    }

    private List<MimeMessage> awaitMessagesFor(String email, int count) {
        return await().atMost(Duration.ofSeconds(90))
            .pollInterval(Duration.ofMillis(250))
            .until(() -> messagesFor(email), messages -> messages.size() >= count);
    }

    /** Waits a bounded while for a duplicate that must never come. */
    private void assertNoSecondMessage(List<String> emails) {
        await().during(Duration.ofSeconds(5))
            .atMost(Duration.ofSeconds(7))
            .untilAsserted(() -> assertThat(emails).allSatisfy(email -> assertThat(messagesFor(email)).hasSize(1)));
    }

    private List<MimeMessage> messagesFor(String email) {
        return List.of(mail.getReceivedMessagesForDomain(email));
    }

    /**
     * The plain-text alternative of an email, as a mail program shows it to who reads
     * text.
     */
    private static String plainText(MimeMessage message) throws Exception {
        assertThat(message.isMimeType("multipart/alternative")).as(message.getContentType()).isTrue();
        MimeMultipart alternatives = (MimeMultipart) message.getContent();
        for (int i = 0; i < alternatives.getCount(); i++) {
            if (alternatives.getBodyPart(i).isMimeType("text/plain")) {
                return String.valueOf(alternatives.getBodyPart(i).getContent());
            }
        }
        throw new AssertionError("No text/plain part in " + message.getContentType());
    }

}
