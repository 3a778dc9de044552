package org.communitysafety.notification.digest;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import jakarta.mail.internet.MimeMessage;
import org.communitysafety.notification.AlertEmails;
import org.communitysafety.notification.Groups;
import org.communitysafety.notification.Groups.Seat;
import org.communitysafety.notification.Mailbox;
import org.communitysafety.notification.NotificationServiceTest;
import org.communitysafety.notification.OtherServicesTopics;
import org.communitysafety.notification.delivery.Deliveries;
import org.communitysafety.notification.mail.EmailTemplates;
import org.communitysafety.notification.member.MemberRepository;
import org.communitysafety.notification.member.Members;
import org.communitysafety.notification.partnership.Partnerships;
import org.communitysafety.notification.preference.PreferenceLinks;
import org.communitysafety.testkit.ApiClient;
import org.communitysafety.testkit.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.communitysafety.notification.OtherServicesTopics.data;

/**
 * A member who chose a weekly digest gets the week's alerts in one email once the week
 * has ended, exactly once even with two replicas sending digests at the same moment.
 */
@NotificationServiceTest
class WeeklyDigestTests {

    @LocalServerPort
    int port;

    @Autowired
    MongoTemplate mongo;

    @Autowired
    Partnerships partnerships;

    @Autowired
    MemberRepository memberRepository;

    @Autowired
    Members members;

    @Autowired
    PreferenceLinks links;

    @Autowired
    EmailTemplates templates;

    @Autowired
    Deliveries deliveries;

    private final Mailbox mailbox = Mailbox.shared();

    @Test
    void theWeeksAlertsArriveAsOneDigestAfterTheWeekEvenWithTwoReplicasSending() throws Exception {
        Groups groups = new Groups(partnerships, memberRepository);
        String csp = groups.form("DISTRICT_CSP", "Kettering CSP");
        Seat member = groups.appoint(csp, "northamptonshire-police", "MEMBER");
        ApiClient administrator = ApiClient.at("http://127.0.0.1:" + port)
            .withToken(TestTokens.shared().forOrganisation("northamptonshire-county-council", "ADMINISTRATOR"));
        for (String kind : List.of("ACTION_ASSIGNED", "ACTION_OVERDUE")) {
            assertThat(administrator
                .send("PUT", "/api/v1/notification-preferences/" + member.membershipId() + "/" + kind,
                        "application/json", "{\"choice\":\"WEEKLY_DIGEST\"}")
                .status()).isEqualTo(200);
        }
        ObjectNode assigned = action("action-assigned", csp, "Extend the street pastors scheme");
        OtherServicesTopics.publish(assigned);
        OtherServicesTopics.publish(assigned);
        OtherServicesTopics.publish(action("action-overdue", csp, "Review CCTV coverage"));
        await().atMost(Duration.ofSeconds(30)).until(() -> waitingFor(member.membershipId()) == 2);
        assertThat(mailbox.to(member.email())).extracting(Mailbox::subject)
            .containsExactly("You have been appointed to Kettering CSP");

        WeeklyDigests thisReplica = nextWeeks(), otherReplica = nextWeeks();
        CompletableFuture
            .allOf(CompletableFuture.runAsync(thisReplica::sendDue), CompletableFuture.runAsync(otherReplica::sendDue))
            .get();
        thisReplica.sendDue();

        MimeMessage digest = mailbox.awaitOneTo(member.email(), "Your weekly digest");
        await().during(Duration.ofMillis(500))
            .atMost(Duration.ofSeconds(5))
            .until(() -> mailbox.to(member.email()).size() == 2);
        assertThat(waitingFor(member.membershipId())).isZero();
        String text = Mailbox.body(digest);
        assertThat(text).contains("About actions assigned to your organisation:",
                "Extend the street pastors scheme (Kettering CSP)",
                AlertEmails.BASE + "/api/v1/actions/" + assigned.get("data").get("actionId").asString(),
                "About your organisation's actions that are overdue:", "Review CCTV coverage (Kettering CSP)",
                "You are receiving this because you chose to receive these alerts in a weekly digest.");
        assertThat(Mailbox.html(digest)).contains(
                "<h2 style=\"font-size:17px\">About actions assigned to your organisation</h2>",
                "Extend the street pastors scheme (Kettering CSP)</a>");
        assertThat(Mailbox.header(digest, "Auto-Submitted")).isEqualTo("auto-generated");
        assertThat(Mailbox.header(digest, "List-Unsubscribe-Post")).isEqualTo("List-Unsubscribe=One-Click");
        assertThat(Mailbox.unsubscribeLink(digest))
            .startsWith(AlertEmails.BASE + "/api/v1/open/preferences/" + member.membershipId() + "/ALL?");
    }

    /** A replica whose clock is a week and a day ahead: this week has ended for it. */
    private WeeklyDigests nextWeeks() {
        return new WeeklyDigests(mongo, members, links, templates, deliveries,
                Clock.offset(Clock.systemUTC(), Duration.ofDays(8)));
    }

    private long waitingFor(String membershipId) {
        return mongo.count(Query.query(Criteria.where("membershipId").is(membershipId).and("digestedAt").is(null)),
                DigestEntry.class);
    }

    private static ObjectNode action(String type, String partnershipId, String title) {
        String actionId = UUID.randomUUID().toString();
        return OtherServicesTopics
            .priorityEvent(type, "actions/" + actionId,
                    data().put("actionId", actionId)
                        .put("title", title)
                        .put("priorityId", "reducing-violent-crime")
                        .put("partnershipId", partnershipId)
                        .put("ownerOrganisationId", "northamptonshire-police")
                        .put("dueDate", "2015-09-30"))
            .put("partitionkey", partnershipId);
    }

}
