package org.communitysafety.notification.mail;

import java.util.Collections;
import java.util.UUID;

import jakarta.mail.Header;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;
import org.communitysafety.notification.Groups;
import org.communitysafety.notification.Groups.Seat;
import org.communitysafety.notification.Mailbox;
import org.communitysafety.notification.NotificationServiceTest;
import org.communitysafety.notification.OtherServicesTopics;
import org.communitysafety.notification.PartnershipTopic;
import org.communitysafety.notification.member.MemberRepository;
import org.communitysafety.notification.partnership.Partnerships;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.communitysafety.notification.OtherServicesTopics.data;

/**
 * Names come from other services and, through them, from whoever typed them: a line break
 * in one must not add a header (a Bcc to a stranger), and markup in one must show as text
 * in the HTML part, never as markup.
 */
@NotificationServiceTest
class HeaderInjectionTests {

    private static final String ATTACKER = "attacker@evil.example";

    private static final String HOSTILE_GROUP = "Northampton CSP\r\nBcc: " + ATTACKER + "\r\n<script>alert(1)</script>";

    private static final String HOSTILE_NAME = "Alex <b onmouseover=\"steal()\">Example</b>\r\nBcc: " + ATTACKER;

    @Autowired
    Partnerships partnerships;

    @Autowired
    MemberRepository members;

    private final Mailbox mailbox = Mailbox.shared();

    private Groups groups;

    @BeforeEach
    void setUp() {
        groups = new Groups(partnerships, members);
    }

    @Test
    void aHostileMemberNameAndGroupNameInAnAppointmentNeitherAddHeadersNorMarkup() throws Exception {
        String email = PartnershipTopic.uniqueEmail();
        ObjectNode appointed = PartnershipTopic.memberAppointed(email);
        ((ObjectNode) appointed.get("data")).put("partnershipName", HOSTILE_GROUP);
        PartnershipTopic.withPerson(appointed, HOSTILE_NAME, "Inspector", email);

        PartnershipTopic.publish(appointed);

        MimeMessage message = mailbox.awaitOneTo(email);
        assertHarmless(message, email);
        assertThat(Mailbox.html(message))
            .contains("Dear Alex &lt;b onmouseover&#x3D;&quot;steal()&quot;&gt;Example&lt;/b&gt;");
    }

    @Test
    void aHostileGroupNameFromTheGroupReplicaInAnActionAlertNeitherAddsHeadersNorMarkup() throws Exception {
        String csp = groups.form("DISTRICT_CSP", HOSTILE_GROUP);
        Seat member = groups.appoint(csp, "northamptonshire-police", "MEMBER", HOSTILE_NAME);
        String actionId = UUID.randomUUID().toString();

        OtherServicesTopics.publish(OtherServicesTopics.priorityEvent("action-assigned", "actions/" + actionId,
                data().put("actionId", actionId)
                    .put("title", "<img src=x onerror=alert(1)>\r\nBcc: " + ATTACKER)
                    .put("priorityId", "reducing-violent-crime")
                    .put("partnershipId", csp)
                    .put("ownerOrganisationId", "northamptonshire-police")
                    .put("dueDate", "2015-09-30")));

        MimeMessage message = mailbox.awaitOneTo(member.email(), "Action");
        assertHarmless(message, member.email());
        assertThat(Mailbox.html(message)).contains("&lt;img src&#x3D;x onerror&#x3D;alert(1)&gt;")
            .doesNotContain("<img");
    }

    private void assertHarmless(MimeMessage message, String email) throws Exception {
        assertThat(message.getRecipients(Message.RecipientType.BCC)).isNull();
        assertThat(message.getHeader("Bcc")).isNull();
        assertThat(message.getAllRecipients()).extracting(Object::toString).containsExactly(email);
        assertThat(mailbox.to(ATTACKER)).isEmpty();
        for (Header header : Collections.list(message.getAllHeaders())) {
            assertThat(MimeUtility.unfold(header.getValue())).as(header.getName()).doesNotContain("\r", "\n");
        }
        assertThat(message.getSubject()).contains("Northampton CSP Bcc: " + ATTACKER);
        String html = Mailbox.html(message);
        assertThat(html).doesNotContain("<script>", "<b ").contains("&lt;script&gt;alert(1)&lt;/script&gt;");
    }

}
