package org.communitysafety.notification.preference;

import java.util.List;
import java.time.Duration;
import java.util.UUID;

import jakarta.mail.internet.MimeMessage;
import org.communitysafety.notification.AlertEmails;
import org.communitysafety.notification.Groups;
import org.communitysafety.notification.Groups.Seat;
import org.communitysafety.notification.Mailbox;
import org.communitysafety.notification.NotificationServiceTest;
import org.communitysafety.notification.OtherServicesTopics;
import org.communitysafety.notification.member.MemberRepository;
import org.communitysafety.notification.partnership.Partnerships;
import org.communitysafety.testkit.ApiClient;
import org.communitysafety.testkit.EventContracts;
import org.communitysafety.testkit.PlatformInfrastructure;
import org.communitysafety.testkit.TopicReader;
import org.communitysafety.testkit.ApiClient.Response;
import org.communitysafety.testkit.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.communitysafety.notification.OtherServicesTopics.data;

/**
 * A member changes how they receive alerts through the signed link in their email,
 * without logging in; nobody else's link, and no altered link, changes anything.
 * Administrators change them through the API.
 */
@NotificationServiceTest
class PreferenceLinkTests {

    private static final String FORM = "application/x-www-form-urlencoded";

    @LocalServerPort
    int port;

    @Autowired
    Partnerships partnerships;

    @Autowired
    MemberRepository members;

    @Autowired
    Preferences preferences;

    private final Mailbox mailbox = Mailbox.shared();

    private Groups groups;

    private ApiClient anonymous;

    @BeforeEach
    void setUp() {
        groups = new Groups(partnerships, members);
        anonymous = ApiClient.at("http://127.0.0.1:" + port);
    }

    @Test
    void theOneClickUnsubscribeInTheEmailStopsThatKindOfAlertAndNoOther() {
        String csp = groups.form("DISTRICT_CSP", "Northampton CSP");
        Seat member = groups.appoint(csp, "northamptonshire-police", "MEMBER");
        OtherServicesTopics.publish(action("action-assigned", csp, "first"));
        MimeMessage first = mailbox.awaitOneTo(member.email(), "Action for");

        Response unsubscribed = anonymous.send("POST", path(Mailbox.unsubscribeLink(first)), FORM,
                "List-Unsubscribe=One-Click");

        assertThat(unsubscribed.status()).isEqualTo(200);
        assertThat(unsubscribed.json().get("choices").get("ACTION_ASSIGNED").asString()).isEqualTo("NEVER");
        assertThat(unsubscribed.json().get("choices").get("ACTION_OVERDUE").asString()).isEqualTo("AT_ONCE");
        // Same key, so the overdue alert is handled after the second assignment.
        OtherServicesTopics.publish(action("action-assigned", csp, "second"));
        OtherServicesTopics.publish(action("action-overdue", csp, "third"));
        mailbox.awaitOneTo(member.email(), "Overdue:");
        assertThat(mailbox.to(member.email())).extracting(MimeMessage::getSubject)
            .filteredOn(subject -> subject.startsWith("Action for"))
            .hasSize(1);
    }

    @Test
    void theLinkShowsTheChoiceWithoutChangingIt() {
        Seat member = seatWithAnAlert();
        String link = path(Mailbox.unsubscribeLink(mailbox.awaitOneTo(member.email(), "Action for")));

        Response page = anonymous.get(link);

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.contentType()).startsWith("text/html");
        assertThat(page.body()).contains("Alerts about actions assigned to your organisation: now AT_ONCE",
                "value=\"WEEKLY_DIGEST\"");
        assertThat(preferences.choicesOf(List.of(member.membershipId()), AlertKind.ACTION_ASSIGNED))
            .containsEntry(member.membershipId(), Choice.AT_ONCE);
        assertThat(anonymous.send("POST", link, FORM, "choice=WEEKLY_DIGEST")
            .json()
            .get("choices")
            .get("ACTION_ASSIGNED")
            .asString()).isEqualTo("WEEKLY_DIGEST");
        assertThat(anonymous.send("POST", link, FORM, "").status()).isEqualTo(400);
    }

    @Test
    void anotherMembersOrAnAlteredLinkIsRefused() {
        Seat member = seatWithAnAlert();
        Seat other = groups.appoint(member.partnershipId(), "northamptonshire-police", "MEMBER");
        String link = path(Mailbox.unsubscribeLink(mailbox.awaitOneTo(member.email(), "Action for")));

        Response forOther = anonymous.send("POST", link.replace(member.membershipId(), other.membershipId()), FORM,
                "List-Unsubscribe=One-Click");
        Response widened = anonymous.send("POST", link.replace("/ACTION_ASSIGNED?", "/ALL?"), FORM,
                "List-Unsubscribe=One-Click");
        Response extended = anonymous.get(link.replaceFirst("expires=\\d", "expires=9"));
        Response forged = anonymous.get(link.replaceFirst("signature=[^&]+", "signature=forged"));

        for (Response refused : new Response[] { forOther, widened, extended, forged }) {
            assertThat(refused.status()).isEqualTo(403);
            assertThat(refused.isProblem()).isTrue();
        }
        assertThat(forOther.json().get("detail").asString())
            .isEqualTo("This link was not issued for this member and these alerts");
        assertThat(preferences.of(other.membershipId()).choices()).isEmpty();
        assertThat(preferences.of(member.membershipId()).choices()).isEmpty();
    }

    @Test
    void administratorsChangeAMembersPreferenceAndNobodyElseMay() {
        String membershipId = UUID.randomUUID().toString();
        String path = "/api/v1/notification-preferences/" + membershipId + "/MEETING_SCHEDULED";
        ApiClient administrator = anonymous
            .withToken(TestTokens.shared().forOrganisation("northamptonshire-county-council", "ADMINISTRATOR"));
        ApiClient manager = anonymous
            .withToken(TestTokens.shared().forOrganisation("northampton-borough-council", "GROUP_MANAGER"));

        Response refused = manager.send("PUT", path, "application/json", "{\"choice\":\"NEVER\"}");
        Response unauthenticated = anonymous.send("PUT", path, "application/json", "{\"choice\":\"NEVER\"}");
        Response invalid = administrator.send("PUT", path, "application/json", "{\"choice\":\"SOMETIMES\"}");
        Response chosen = administrator.send("PUT", path, "application/json", "{\"choice\":\"WEEKLY_DIGEST\"}");

        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.isProblem()).isTrue();
        assertThat(unauthenticated.status()).isEqualTo(401);
        assertThat(invalid.status()).isEqualTo(400);
        assertThat(chosen.status()).isEqualTo(200);
        assertThat(administrator.get("/api/v1/notification-preferences/" + membershipId)
            .json()
            .get("choices")
            .get("MEETING_SCHEDULED")
            .asString()).isEqualTo("WEEKLY_DIGEST");
        assertThat(manager.get("/api/v1/notification-preferences/" + membershipId).status()).isEqualTo(403);
        JsonNode chosenEvent = publishedEventAbout("preferences/" + membershipId);
        assertThat(chosenEvent.get("type").asString())
            .isEqualTo("org.communitysafety.notification.alert-preference-chosen.v1");
        assertThat(EventContracts.of(".").violations("alert-preference-chosen.v1", chosenEvent.get("data"))).isEmpty();
        assertThat(chosenEvent.get("data").get("via").asString()).isEqualTo("ADMINISTRATOR");
    }

    private static JsonNode publishedEventAbout(String subject) {
        String quoted = "\"" + subject + "\"";
        try (TopicReader reader = new TopicReader(PlatformInfrastructure.shared().kafkaBootstrapServers(),
                "notification.events")) {
            return reader
                .readUntil(read -> read.stream().anyMatch(record -> record.value().contains(quoted)),
                        Duration.ofSeconds(30))
                .stream()
                .filter(record -> record.value().contains(quoted))
                .map(record -> EventContracts.json(record.value()))
                .findFirst()
                .orElseThrow();
        }
    }

    /** A member with their appointment email and one action alert. */
    private Seat seatWithAnAlert() {
        String csp = groups.form("DISTRICT_CSP", "Corby CSP");
        Seat member = groups.appoint(csp, "northamptonshire-police", "MEMBER");
        OtherServicesTopics.publish(action("action-assigned", csp, UUID.randomUUID().toString()));
        mailbox.awaitOneTo(member.email(), "Action for");
        return member;
    }

    /**
     * The link's path and query, to call this service directly rather than the gateway.
     */
    private static String path(String link) {
        return link.substring(AlertEmails.BASE.length());
    }

    private static ObjectNode action(String type, String partnershipId, String title) {
        String actionId = UUID.randomUUID().toString();
        ObjectNode event = OtherServicesTopics.priorityEvent(type, "actions/" + actionId,
                data().put("actionId", actionId)
                    .put("title", title)
                    .put("priorityId", "reducing-violent-crime")
                    .put("partnershipId", partnershipId)
                    .put("ownerOrganisationId", "northamptonshire-police")
                    .put("dueDate", "2015-09-30"));
        return event.put("partitionkey", partnershipId);
    }

}
