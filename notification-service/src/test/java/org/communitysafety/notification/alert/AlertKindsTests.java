package org.communitysafety.notification.alert;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.UUID;

import jakarta.mail.internet.MimeMessage;
import org.communitysafety.notification.AlertEmails;
import org.communitysafety.notification.Groups;
import org.communitysafety.notification.Groups.Seat;
import org.communitysafety.notification.Mailbox;
import org.communitysafety.notification.NotificationServiceTest;
import org.communitysafety.notification.OtherServicesTopics;
import org.communitysafety.notification.PartnershipTopic;
import org.communitysafety.notification.delivery.Delivery;
import org.communitysafety.notification.member.MemberRepository;
import org.communitysafety.notification.organisation.Organisations;
import org.communitysafety.notification.partnership.Partnerships;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.communitysafety.notification.OtherServicesTopics.data;

/**
 * Each kind of alert, from its event on the producer's topic to the email the SMTP server
 * received, parsed as MIME: who gets it, who does not, its subject and text, and the
 * parts every alert has ({@link AlertEmails}).
 */
@NotificationServiceTest
class AlertKindsTests {

    private static final String POLICE = "northamptonshire-police";

    private static final String COUNCIL = "northampton-borough-council";

    @Autowired
    Partnerships partnerships;

    @Autowired
    MemberRepository members;

    @Autowired
    MongoTemplate mongo;

    @Autowired
    Organisations organisations;

    private final Mailbox mailbox = Mailbox.shared();

    private Groups groups;

    @BeforeEach
    void setUp() {
        groups = new Groups(partnerships, members);
        PartnershipTopic.publish(PartnershipTopic.example("organisation-registered.v1"));
        await().atMost(Duration.ofSeconds(30))
            .until(() -> organisations.nameOf(POLICE).equals("Northamptonshire Police"));
    }

    @Test
    void anActionAssignedGoesToTheOwnerOrganisationsRepresentativesOnTheGroupOnly() throws Exception {
        String csp = groups.form("DISTRICT_CSP", "Northampton CSP");
        Seat police = groups.appoint(csp, POLICE, "MEMBER");
        Seat council = groups.appoint(csp, COUNCIL, "MEMBER");
        ObjectNode assigned = action("action-assigned", csp);

        OtherServicesTopics.publish(assigned);

        MimeMessage message = mailbox.awaitOneTo(police.email(), "Action for");
        assertThat(message.getSubject())
            .isEqualTo("Action for Northamptonshire Police: Run a night-time economy patrol pilot (Northampton CSP)");
        assertThat(Mailbox.body(message)).contains(
                "Northampton CSP has assigned an action to Northamptonshire Police, due by 30 September 2015",
                "Owner: Inspector Example",
                "You are receiving this because you represent Northamptonshire Police on Northampton CSP");
        AlertEmails.assertAlert(message, police.membershipId(), "ACTION_ASSIGNED",
                "/api/v1/actions/" + assigned.get("data").get("actionId").asString(), OtherServicesTopics.TRACEPARENT);
        assertThat(recipientsOf(assigned)).containsExactly(police.email()).doesNotContain(council.email());
    }

    @Test
    void anActionOverdueGoesToTheOwnerOrganisationsRepresentatives() throws Exception {
        String csp = groups.form("DISTRICT_CSP", "Wellingborough CSP");
        Seat police = groups.appoint(csp, POLICE, "MEMBER");

        ObjectNode overdue = action("action-overdue", csp);

        OtherServicesTopics.publish(overdue);

        MimeMessage message = mailbox.awaitOneTo(police.email(), "Overdue");
        assertThat(message.getSubject())
            .isEqualTo("Overdue: Run a night-time economy patrol pilot (Wellingborough CSP)");
        assertThat(Mailbox.body(message)).contains("was due on 30 September 2015 and has not been reported complete");
        AlertEmails.assertAlert(message, police.membershipId(), "ACTION_OVERDUE",
                "/api/v1/actions/" + overdue.get("data").get("actionId").asString(), OtherServicesTopics.TRACEPARENT);
    }

    @Test
    void aPartnershipPlanAgreedPublishedAndDueForReviewGoesToTheGroupsMembers() throws Exception {
        String csp = groups.form("DISTRICT_CSP", "Corby CSP");
        Seat member = groups.appoint(csp, COUNCIL, "MEMBER");
        String planId = UUID.randomUUID().toString();

        OtherServicesTopics.publish(plan("plan-agreed", planId, "PARTNERSHIP_PLAN", csp, "agreedOn", "2015-04-20"));
        await().atMost(Duration.ofSeconds(30)).until(() -> alerts(member.email()).size() == 1);
        OtherServicesTopics.publish(plan("plan-published", planId, "PARTNERSHIP_PLAN", csp, "publishedOn", "2015-05-01",
                "reviewDue", "2016-03-31"));
        await().atMost(Duration.ofSeconds(30)).until(() -> alerts(member.email()).size() == 2);
        OtherServicesTopics
            .publish(plan("plan-review-due", planId, "PARTNERSHIP_PLAN", csp, "reviewDue", "2016-03-31"));
        await().atMost(Duration.ofSeconds(30)).until(() -> alerts(member.email()).size() == 3);

        var received = alerts(member.email());
        assertThat(received).extracting(MimeMessage::getSubject)
            .containsExactlyInAnyOrder("Agreed: Corby partnership plan", "Published: Corby partnership plan",
                    "Review due: Corby partnership plan");
        for (MimeMessage message : received) {
            String kind = message.getSubject().startsWith("Agreed") ? "PLAN_AGREED"
                    : message.getSubject().startsWith("Published") ? "PLAN_PUBLISHED" : "PLAN_REVIEW_DUE";
            AlertEmails.assertAlert(message, member.membershipId(), kind, "/api/v1/open/plans/" + planId,
                    OtherServicesTopics.TRACEPARENT);
        }
        assertThat(received).extracting(Mailbox::body)
            .anySatisfy(text -> assertThat(text).contains(
                    "Corby CSP agreed the partnership plan \"Corby partnership plan\" for 2015-16 on 20 April 2015."))
            .anySatisfy(text -> assertThat(text).contains("Its review is due by 31 March 2016."));
    }

    @Test
    void theAgreementDueToTheCommissionerGoesToTheCountyGroupAndEveryDistrictCsp() throws Exception {
        String county = groups.form("COUNTY_STRATEGY_GROUP", "County Chief Executives");
        String csp = groups.form("DISTRICT_CSP", "Kettering CSP");
        String delivery = groups.form("COUNTYWIDE_DELIVERY_GROUP", "Reducing Reoffending Group");
        Seat countyMember = groups.appoint(county, COUNCIL, "CHAIR");
        Seat cspMember = groups.appoint(csp, POLICE, "MEMBER");
        Seat deliveryMember = groups.appoint(delivery, POLICE, "MEMBER");
        String planId = UUID.randomUUID().toString();
        ObjectNode due = plan("agreement-due-to-commissioner", planId, null, county, "dueOn", "2015-06-30");

        OtherServicesTopics.publish(due);

        MimeMessage toCounty = mailbox.awaitOneTo(countyMember.email(), "Due to");
        MimeMessage toCsp = mailbox.awaitOneTo(cspMember.email(), "Due to");
        assertThat(toCsp.getSubject()).isEqualTo("Due to the Police and Crime Commissioner: Corby partnership plan");
        assertThat(Mailbox.body(toCsp)).contains(
                "is due to be sent to the Police and Crime Commissioner by 30 June 2015",
                "because you are a member of Kettering CSP, one of the groups that assess and deliver");
        AlertEmails.assertAlert(toCounty, countyMember.membershipId(), "AGREEMENT_DUE_TO_COMMISSIONER",
                "/api/v1/open/agreements/" + planId, OtherServicesTopics.TRACEPARENT);
        assertThat(recipientsOf(due)).contains(countyMember.email(), cspMember.email())
            .doesNotContain(deliveryMember.email());
    }

    @Test
    void aMeetingScheduledAndItsAgendaGoToTheChairsOfTheCountysGroups() throws Exception {
        String csp = groups.form("DISTRICT_CSP", "Daventry CSP");
        Seat chair = groups.appoint(csp, COUNCIL, "CHAIR");
        Seat member = groups.appoint(csp, POLICE, "MEMBER");
        String meetingId = UUID.randomUUID().toString();
        ObjectNode scheduledEvent = OtherServicesTopics.scrutinyEvent("meeting-scheduled", "meetings/" + meetingId,
                meeting(meetingId).put("place", "Guildhall, Northampton"));

        OtherServicesTopics.publish(scheduledEvent);
        MimeMessage scheduled = mailbox.awaitOneTo(chair.email(), "Meeting scheduled");
        OtherServicesTopics.publish(OtherServicesTopics.scrutinyEvent("agenda-published", "meetings/" + meetingId,
                meeting(meetingId).put("publishedOn", "2015-06-25")
                    .put("late", true)
                    .put("lateReason", "Papers were revised")));
        MimeMessage agenda = mailbox.awaitOneTo(chair.email(), "Agenda published");

        assertThat(scheduled.getSubject())
            .isEqualTo("Meeting scheduled: Crime and Disorder Committee, Thursday 2 July 2015 at 18:30");
        assertThat(Mailbox.body(scheduled)).contains("at Guildhall, Northampton",
                "because you chair Daventry CSP, which answers to scrutiny for its work");
        AlertEmails.assertAlert(scheduled, chair.membershipId(), "MEETING_SCHEDULED",
                "/api/v1/open/meetings/" + meetingId, OtherServicesTopics.TRACEPARENT);
        assertThat(agenda.getSubject())
            .isEqualTo("Agenda published late: Crime and Disorder Committee, Thursday 2 July 2015 at 18:30");
        assertThat(Mailbox.body(agenda)).contains("It was published late: Papers were revised.");
        AlertEmails.assertAlert(agenda, chair.membershipId(), "AGENDA_PUBLISHED", "/api/v1/open/meetings/" + meetingId,
                OtherServicesTopics.TRACEPARENT);
        assertThat(recipientsOf(scheduledEvent)).contains(chair.email()).doesNotContain(member.email());
    }

    @Test
    void aRecommendationToAnOrganisationGoesToItsRepresentativesAndItsOverdueResponseToAGroupsMembers()
            throws Exception {
        String csp = groups.form("DISTRICT_CSP", "East Northamptonshire CSP");
        Seat fire = groups.appoint(csp, "northamptonshire-fire-and-rescue", "MEMBER");
        Seat council = groups.appoint(csp, COUNCIL, "MEMBER");
        String toOrganisation = UUID.randomUUID().toString();
        String toGroup = UUID.randomUUID().toString();
        ObjectNode made = OtherServicesTopics.scrutinyEvent("recommendation-made", "recommendations/" + toOrganisation,
                recommendation(toOrganisation, "ORGANISATION", "northamptonshire-fire-and-rescue").put("sentOn",
                        "2015-07-03"));
        ObjectNode overdue = OtherServicesTopics.scrutinyEvent("response-overdue", "recommendations/" + toGroup,
                recommendation(toGroup, "PARTNERSHIP", csp));

        OtherServicesTopics.publish(made);
        OtherServicesTopics.publish(overdue);

        MimeMessage madeEmail = mailbox.awaitOneTo(fire.email(), "Response needed");
        assertThat(madeEmail.getSubject())
            .startsWith("Response needed by 3 September 2015: Crime and Disorder Committee");
        AlertEmails.assertAlert(madeEmail, fire.membershipId(), "RECOMMENDATION_AWAITING_RESPONSE",
                "/api/v1/open/recommendations/" + toOrganisation, OtherServicesTopics.TRACEPARENT);
        MimeMessage overdueEmail = mailbox.awaitOneTo(council.email(), "Response overdue");
        assertThat(overdueEmail.getSubject())
            .isEqualTo("Response overdue: Crime and Disorder Committee recommendation to East Northamptonshire CSP");
        assertThat(Mailbox.body(overdueEmail)).contains("was due on 3 September 2015 and has not been recorded");
        AlertEmails.assertAlert(overdueEmail, council.membershipId(), "RESPONSE_OVERDUE",
                "/api/v1/open/recommendations/" + toGroup, OtherServicesTopics.TRACEPARENT);
        assertThat(recipientsOf(made)).contains(fire.email()).doesNotContain(council.email());
        assertThat(recipientsOf(overdue)).containsExactlyInAnyOrder(fire.email(), council.email());
    }

    @Test
    void theAssessmentWindowOpeningAndClosingGoesToTheCountysGroups() throws Exception {
        String csp = groups.form("DISTRICT_CSP", "South Northamptonshire CSP");
        Seat member = groups.appoint(csp, POLICE, "MEMBER");
        ObjectNode window = data().put("year", 2015).put("opensOn", "2015-09-01").put("closesOn", "2015-10-31");

        OtherServicesTopics.publish(OtherServicesTopics.priorityEvent("assessment-window-opened",
                "strategic-assessment-windows/2015", window));
        OtherServicesTopics.publish(OtherServicesTopics.priorityEvent("assessment-window-closed",
                "strategic-assessment-windows/2015", window.deepCopy()));

        MimeMessage opened = mailbox.awaitOneTo(member.email(), "Strategic assessment 2015: the window is open");
        MimeMessage closed = mailbox.awaitOneTo(member.email(), "Strategic assessment 2015: the window has closed");
        assertThat(opened.getSubject())
            .isEqualTo("Strategic assessment 2015: the window is open until 31 October 2015");
        assertThat(Mailbox.body(opened)).contains("opened on 1 September 2015 and closes on 31 October 2015");
        AlertEmails.assertAlert(opened, member.membershipId(), "ASSESSMENT_WINDOW_OPENED",
                "/api/v1/strategic-assessments", OtherServicesTopics.TRACEPARENT);
        AlertEmails.assertAlert(closed, member.membershipId(), "ASSESSMENT_WINDOW_CLOSED",
                "/api/v1/strategic-assessments", OtherServicesTopics.TRACEPARENT);
    }

    /**
     * The addresses the event's alert was queued to, once no more are being queued: the
     * delivery log holds one delivery per recipient of an event.
     */
    private Set<String> recipientsOf(ObjectNode event) {
        String eventId = event.get("id").asString();
        Set<String> before = new HashSet<>();
        await().pollInterval(Duration.ofMillis(300)).atMost(Duration.ofSeconds(10)).until(() -> {
            Set<String> now = mongo.find(Query.query(Criteria.where("alert.causeEventId").is(eventId)), Delivery.class)
                .stream()
                .map(delivery -> delivery.alert().recipient())
                .collect(Collectors.toSet());
            boolean settled = !now.isEmpty() && now.equals(before);
            before.clear();
            before.addAll(now);
            return settled;
        });
        return before;
    }

    /** What the member received besides their appointment. */
    private List<MimeMessage> alerts(String email) {
        return mailbox.to(email)
            .stream()
            .filter(message -> !Mailbox.subject(message).startsWith("You have been appointed"))
            .toList();
    }

    private static ObjectNode action(String type, String partnershipId) {
        String actionId = UUID.randomUUID().toString();
        return OtherServicesTopics.priorityEvent(type, "actions/" + actionId,
                data().put("actionId", actionId)
                    .put("title", "Run a night-time economy patrol pilot")
                    .put("priorityId", "reducing-violent-crime")
                    .put("partnershipId", partnershipId)
                    .put("ownerOrganisationId", POLICE)
                    .put("ownerPerson", "Inspector Example")
                    .put("dueDate", "2015-09-30"));
    }

    private static ObjectNode plan(String type, String planId, String kind, String partnershipId, String... fields) {
        ObjectNode data = data().put("planId", planId)
            .put("partnershipId", partnershipId)
            .put("title", "Corby partnership plan")
            .put("period", "2015-16");
        if (kind != null) {
            data.put("kind", kind);
        }
        for (int i = 0; i < fields.length; i += 2) {
            data.put(fields[i], fields[i + 1]);
        }
        return OtherServicesTopics.priorityEvent(type, "plans/" + planId, data);
    }

    private static ObjectNode meeting(String meetingId) {
        return data().put("meetingId", meetingId)
            .put("bodyId", "crime-and-disorder-committee")
            .put("bodyName", "Crime and Disorder Committee")
            .put("title", "Scrutiny of the partnership plans")
            .put("startsAt", "2015-07-02T17:30:00Z");
    }

    private static ObjectNode recommendation(String recommendationId, String addresseeKind, String addresseeId) {
        return data().put("recommendationId", recommendationId)
            .put("bodyId", "crime-and-disorder-committee")
            .put("bodyName", "Crime and Disorder Committee")
            .put("title", "Publish the partnership's performance each quarter")
            .put("addresseeKind", addresseeKind)
            .put("addresseeId", addresseeId)
            .put("responseDue", "2015-09-03");
    }

}
