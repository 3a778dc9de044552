package org.communitysafety.notification.events;

import java.time.Clock;
import java.time.LocalDate;

import org.communitysafety.notification.OtherServicesTopics;
import org.communitysafety.servicedefaults.events.CloudEvent;
import org.communitysafety.servicedefaults.events.CloudEvents;
import org.communitysafety.servicedefaults.events.MalformedEvent;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.communitysafety.notification.OtherServicesTopics.data;

/**
 * This service's copies of the priority and scrutiny services' contracts read events with
 * exactly the fields {@code contracts.md} requires (and ignore any more), and refuse, as
 * malformed, data without what an alert cannot do without. Those services publish their
 * own examples once written; until then these events are built from the agreed contract.
 */
class OtherServicesContractTests {

    private final CloudEvents cloudEvents = new CloudEvents(JsonMapper.builder().build(), "/services/notification",
            Clock.systemUTC());

    @Test
    void readsTheActionEventsOfTheContract() {
        ObjectNode assigned = data().put("actionId", "a1")
            .put("title", "Pilot")
            .put("priorityId", "p1")
            .put("partnershipId", "northampton-csp")
            .put("ownerOrganisationId", "northamptonshire-police")
            .putNull("ownerPerson")
            .put("dueDate", "2015-09-30")
            .put("addedLater", "ignored");

        ActionDue action = read("priority", "action-assigned", assigned, ActionDue.class);

        assertThat(action.dueDate()).isEqualTo(LocalDate.of(2015, 9, 30));
        assertThat(action.ownerPerson()).isNull();
        assertThatThrownBy(() -> read("priority", "action-overdue", assigned.deepCopy().putNull("ownerOrganisationId"),
                ActionDue.class))
            .isInstanceOf(MalformedEvent.class)
            .hasMessageContaining("ownerOrganisationId is required");
    }

    @Test
    void readsThePlanAgreementAndWindowEventsOfTheContract() {
        PlanMilestone published = read("priority", "plan-published",
                data().put("planId", "plan-1")
                    .put("kind", "PARTNERSHIP_PLAN")
                    .put("partnershipId", "corby-csp")
                    .put("title", "Corby plan")
                    .put("period", "2015-16")
                    .put("publishedOn", "2015-05-01")
                    .put("reviewDue", "2016-03-31"),
                PlanMilestone.class);
        PlanMilestone dueToCommissioner = read("priority", "agreement-due-to-commissioner",
                data().put("planId", "agreement-1")
                    .put("partnershipId", "county-strategy-group")
                    .put("title", "Community Safety Agreement 2015-16")
                    .put("dueOn", "2015-06-30"),
                PlanMilestone.class);
        AssessmentWindow window = read("priority", "assessment-window-opened",
                data().put("year", 2015).put("opensOn", "2015-09-01").put("closesOn", "2015-10-31"),
                AssessmentWindow.class);

        assertThat(published.isAgreement()).isFalse();
        assertThat(published.reviewDue()).isEqualTo(LocalDate.of(2016, 3, 31));
        assertThat(dueToCommissioner.isAgreement()).isTrue();
        assertThat(window.closesOn()).isEqualTo(LocalDate.of(2015, 10, 31));
    }

    @Test
    void readsTheScrutinyEventsOfTheContract() {
        MeetingAnnounced agenda = read("scrutiny", "agenda-published",
                data().put("meetingId", "m1")
                    .put("bodyId", "cdc")
                    .put("bodyName", "Crime and Disorder Committee")
                    .put("title", "Plans")
                    .put("startsAt", "2015-07-02T17:30:00Z")
                    .put("publishedOn", "2015-06-25")
                    .put("late", false)
                    .putNull("lateReason"),
                MeetingAnnounced.class);
        ObjectNode overdue = data().put("recommendationId", "r1")
            .put("bodyId", "cdc")
            .put("bodyName", "Crime and Disorder Committee")
            .put("title", "Publish quarterly")
            .put("addresseeKind", "PARTNERSHIP")
            .put("addresseeId", "corby-csp")
            .put("responseDue", "2015-09-03");

        RecommendationAwaitingResponse recommendation = read("scrutiny", "response-overdue", overdue,
                RecommendationAwaitingResponse.class);

        MeetingAnnounced scheduled = read("scrutiny", "meeting-scheduled",
                data().put("meetingId", "m1")
                    .put("bodyId", "cdc")
                    .put("bodyName", "Crime and Disorder Committee")
                    .put("title", "Plans")
                    .put("startsAt", "2015-07-02T17:30:00Z")
                    .put("place", "Guildhall"),
                MeetingAnnounced.class);

        assertThat(agenda.late()).isFalse();
        assertThat(scheduled.late()).isFalse();
        assertThat(recommendation.isToOrganisation()).isFalse();
        assertThatThrownBy(() -> read("scrutiny", "response-overdue", overdue.deepCopy().putNull("responseDue"),
                RecommendationAwaitingResponse.class))
            .isInstanceOf(MalformedEvent.class);
    }

    private <T> T read(String service, String name, ObjectNode data, Class<T> type) {
        ObjectNode event = "priority".equals(service) ? OtherServicesTopics.priorityEvent(name, "things/x", data)
                : OtherServicesTopics.scrutinyEvent(name, "things/x", data);
        CloudEvent cloudEvent = cloudEvents.read(event.toString());
        return cloudEvents.data(cloudEvent, type);
    }

}
