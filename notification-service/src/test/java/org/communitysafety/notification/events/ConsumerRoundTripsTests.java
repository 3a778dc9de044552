package org.communitysafety.notification.events;

import java.time.Clock;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

import org.communitysafety.notification.Groups;
import org.communitysafety.notification.MongoRoundTrips;
import org.communitysafety.notification.NotificationServiceTest;
import org.communitysafety.notification.OtherServicesTopics;
import org.communitysafety.notification.member.MemberRepository;
import org.communitysafety.notification.partnership.Partnerships;
import org.communitysafety.servicedefaults.calendar.UkCalendar;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.communitysafety.notification.OtherServicesTopics.data;

/**
 * What handling one event costs in MongoDB round trips, counted by the driver, from the
 * record read off the topic to the alerts queued: printed for the record, and bounded so
 * that a change that adds round trips per event or per recipient is noticed. Handled
 * twice, the event queues nothing twice.
 */
@NotificationServiceTest
class ConsumerRoundTripsTests {

    private static final String POLICE = "northamptonshire-police";

    @Autowired
    ConsumedEvents consumedEvents;

    @Autowired
    Partnerships partnerships;

    @Autowired
    MemberRepository memberRepository;

    @Autowired
    MongoTemplate mongo;

    @Test
    void queuesAnActionAlertInAFewRoundTripsAndFewerPerFurtherRecipient() {
        List<String> toOne = roundTripsOfAnActionAssignedTo(1);
        List<String> toFive = roundTripsOfAnActionAssignedTo(5);
        String again = assignedTo(1).toString();
        consumedEvents.on(again);
        List<String> repeated = MongoRoundTrips.of(() -> consumedEvents.on(again));

        System.out.printf("action-assigned, 1 recipient: %d round trips %s%n", toOne.size(), toOne);
        System.out.printf("action-assigned, 5 recipients: %d round trips %s%n", toFive.size(), toFive);
        System.out.printf("action-assigned, handled again: %d round trips %s%n", repeated.size(), repeated);
        assertThat(toOne).hasSizeLessThanOrEqualTo(11);
        assertThat(toFive.size() - toOne.size()).as("round trips for four more recipients").isLessThanOrEqualTo(4);
        assertThat(repeated).as("a repeat is recognised and changes nothing").hasSizeLessThanOrEqualTo(1);
    }

    private List<String> roundTripsOfAnActionAssignedTo(int members) {
        ObjectNode assigned = assignedTo(members);
        String actionId = assigned.get("data").get("actionId").asString();
        List<String> commands = MongoRoundTrips.of(() -> consumedEvents.on(assigned.toString()));
        assertThat(mongo.count(Query.query(Criteria.where("alert.causeEventId").is(assigned.get("id").asString())),
                "deliveries"))
            .as("alerts queued for action " + actionId)
            .isEqualTo(members);
        return commands;
    }

    /**
     * An action assigned to the police on a new group where they have so many members.
     */
    private ObjectNode assignedTo(int members) {
        Groups groups = new Groups(partnerships, memberRepository);
        String csp = groups.form("DISTRICT_CSP", "Kettering CSP");
        IntStream.range(0, members).forEach(i -> groups.appoint(csp, POLICE, "MEMBER"));
        String actionId = UUID.randomUUID().toString();
        return OtherServicesTopics.priorityEvent("action-assigned", "actions/" + actionId,
                data().put("actionId", actionId)
                    .put("title", "Run a night-time economy patrol pilot")
                    .put("priorityId", "reducing-violent-crime")
                    .put("partnershipId", csp)
                    .put("ownerOrganisationId", POLICE)
                    .put("ownerPerson", "Inspector Example")
                    .put("dueDate", UkCalendar.today(Clock.systemUTC()).plusDays(30).toString()));
    }

}
