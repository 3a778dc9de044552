package org.communitysafety.notification.appointment;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import jakarta.mail.internet.MimeMessage;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.communitysafety.testkit.ApiClient;
import org.communitysafety.testkit.EventContracts;
import org.communitysafety.testkit.PlatformInfrastructure;
import org.communitysafety.testkit.TestTokens;
import org.communitysafety.testkit.TopicReader;
import org.communitysafety.notification.AlertEmails;
import org.communitysafety.notification.Mailbox;
import org.communitysafety.notification.NotificationServiceTest;
import org.communitysafety.notification.PartnershipTopic;
import org.communitysafety.notification.delivery.DeliveryRepository;
import org.communitysafety.notification.member.Member;
import org.communitysafety.notification.member.MemberRepository;
import org.communitysafety.notification.organisation.Organisations;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@NotificationServiceTest
class AppointmentAlertTests {

    private static final String DELEGATED_AUTHORITY = "Representatives should have delegated authority to act on "
            + "behalf of their own organisation and the responsibility for taking actions through their organisation "
            + "on behalf of the group they are a member of.";

    private static final String TRACE_ID = "4bf92f3577b34da6a3ce929d0e0e4736";

    @LocalServerPort
    int port;

    @Autowired
    MemberRepository members;

    @Autowired
    Organisations organisations;

    @Autowired
    DeliveryRepository deliveries;

    private final Mailbox mailbox = Mailbox.shared();

    private ApiClient administrator;

    @BeforeEach
    void setUp() {
        administrator = ApiClient.at("http://127.0.0.1:" + port)
            .withToken(TestTokens.shared().forOrganisation("northamptonshire-county-council", "ADMINISTRATOR"));
    }

    @Test
    void emailsTheMemberThatTheProducersExampleAppointsAndLogsTheDeliveryAsSent() throws Exception {
        PartnershipTopic.publish(PartnershipTopic.example("organisation-registered.v1"));
        await().atMost(Duration.ofSeconds(30))
            .until(() -> organisations.nameOf("northamptonshire-police").equals("Northamptonshire Police"));
        String email = PartnershipTopic.uniqueEmail();
        ObjectNode appointment = PartnershipTopic.memberAppointed(email);
        String membershipId = appointment.get("data").get("membershipId").asString();

        PartnershipTopic.publish(appointment);

        MimeMessage message = mailbox.awaitOneTo(email);
        assertThat(message.getSubject()).isEqualTo("You have been appointed to Northampton CSP");
        assertThat(message.getFrom()[0].toString()).contains("alerts@communitysafety.example");
        assertThat(Mailbox.body(message)).contains("Dear Alex Example (fictional),",
                "appointed to Northampton CSP as a member, representing Northamptonshire Police "
                        + "(Chief Inspector, Northampton Local Policing Area)",
                "starts on 1 June 2015", DELEGATED_AUTHORITY,
                "Commit local policing resources to agreed partnership actions",
                "You are receiving this because you were appointed to Northampton CSP.",
                "Open it: http://127.0.0.1:8080/api/v1/open/partnerships/northampton-csp");
        String html = Mailbox.html(message);
        assertThat(html).contains("<p>Dear Alex Example (fictional),</p>", "<strong>Northampton CSP</strong>",
                DELEGATED_AUTHORITY, "href=\"http://127.0.0.1:8080/api/v1/open/partnerships/northampton-csp\"");
        assertThat(Mailbox.header(message, "Auto-Submitted")).isEqualTo("auto-generated");
        assertThat(Mailbox.header(message, "List-Unsubscribe-Post")).isEqualTo("List-Unsubscribe=One-Click");
        assertThat(Mailbox.unsubscribeLink(message))
            .startsWith("http://127.0.0.1:8080/api/v1/open/preferences/" + membershipId + "/APPOINTMENT?expires=")
            .contains("&signature=");
        AlertEmails.assertAlert(message, membershipId, "APPOINTMENT", "/api/v1/open/partnerships/northampton-csp",
                appointment.get("traceparent").asString());
        Member member = members.findById(membershipId).orElseThrow();
        assertThat(member.email()).isEqualTo(email);
        assertThat(member.partnershipName()).isEqualTo("Northampton CSP");
        assertThat(member.roleOnGroup()).isEqualTo("MEMBER");
        assertThat(member.startDate()).isEqualTo(LocalDate.of(2015, 6, 1));

        JsonNode delivery = await().atMost(Duration.ofSeconds(10))
            .until(() -> administrator.get("/api/v1/deliveries?recipient=" + email).json().get("items").get(0),
                    item -> item != null && item.get("state").asString().equals("SENT"));
        String deliveryId = delivery.get("id").asString();
        assertThat(delivery.get("attempts").asInt()).isEqualTo(1);
        assertThat(delivery.get("causeEventId").asString()).isEqualTo(appointment.get("id").asString());
        assertThat(message.getHeader("Message-ID")).containsExactly("<" + deliveryId + "@communitysafety.example>");
        assertThat(message.getHeader("X-Trace-Parent")).singleElement()
            .asString()
            .as("the email's header carries the producer's trace")
            .contains(TRACE_ID);
        assertThat(publishedEventsOf(deliveryId, 3)).allSatisfy(event -> {
            String contract = event.get("type").asString().replace("org.communitysafety.notification.", "");
            assertThat(EventContracts.of(".").violations(contract, event.get("data"))).as(contract).isEmpty();
            assertThat(event.get("traceparent").asString()).as("the producer's trace reaches the email")
                .contains(TRACE_ID);
        })
            .extracting(event -> event.get("type").asString())
            .containsExactly("org.communitysafety.notification.alert-queued.v1",
                    "org.communitysafety.notification.alert-attempt-started.v1",
                    "org.communitysafety.notification.alert-sent.v1");
    }

    @Test
    void sendsOneEmailWhenTheSameAppointmentArrivesTwice() {
        String email = PartnershipTopic.uniqueEmail();
        ObjectNode appointment = PartnershipTopic.memberAppointed(email);
        String key = appointment.get("partitionkey").asString();

        PartnershipTopic.publish(appointment);
        mailbox.awaitOneTo(email);
        PartnershipTopic.publish(appointment);

        // A later record with the same key is read after the repeat, so once its email is
        // here the repeat was read.
        String later = PartnershipTopic.uniqueEmail();
        PartnershipTopic.publish(key, PartnershipTopic.memberAppointed(later).toString());
        mailbox.awaitOneTo(later);
        await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(3)).until(() -> mailbox.to(email).size() == 1);
        assertThat(deliveries.findAll()).filteredOn(delivery -> email.equals(delivery.alert().recipient())).hasSize(1);
    }

    @Test
    void recordsButDoesNotAlertAnAppointmentThatHasAlreadyEnded() {
        String email = PartnershipTopic.uniqueEmail();
        ObjectNode ended = PartnershipTopic.memberAppointed(email);
        ((ObjectNode) ended.get("data")).put("endDate", "2016-03-31");
        String key = ended.get("partitionkey").asString();

        PartnershipTopic.publish(ended);
        String later = PartnershipTopic.uniqueEmail();
        PartnershipTopic.publish(key, PartnershipTopic.memberAppointed(later).toString());

        mailbox.awaitOneTo(later);
        assertThat(mailbox.to(email)).isEmpty();
        assertThat(members.findById(ended.get("data").get("membershipId").asString()))
            .hasValueSatisfying(member -> assertThat(member.endDate()).isEqualTo(LocalDate.of(2016, 3, 31)));
    }

    private List<JsonNode> publishedEventsOf(String deliveryId, int count) {
        String subject = "\"deliveries/" + deliveryId + "\"";
        String kafka = PlatformInfrastructure.shared().kafkaBootstrapServers();
        try (TopicReader reader = new TopicReader(kafka, "notification.events")) {
            List<ConsumerRecord<String, String>> records = reader.readUntil(
                    read -> read.stream().filter(record -> record.value().contains(subject)).count() >= count,
                    Duration.ofSeconds(30));
            return records.stream()
                .filter(record -> record.value().contains(subject))
                .map(record -> EventContracts.json(record.value()))
                .toList();
        }
    }

}
