package org.communitysafety.notification.update;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.communitysafety.notification.OtherServicesTopics;
import org.communitysafety.notification.PartnershipTopic;
import org.communitysafety.testkit.EventContracts;
import tools.jackson.databind.node.ObjectNode;

/**
 * Community safety activity as the priority and scrutiny services publish it: each event
 * starts from the producer's published example, with fresh ids and this test's values,
 * and goes onto the producer's real topic.
 */
final class ActivityEvents {

    private static final EventContracts PRIORITY = EventContracts.of("../priority-service");

    private static final EventContracts SCRUTINY = EventContracts.of("../scrutiny-service");

    private ActivityEvents() {
    }

    /** Adopts a priority held by the group; returns its id. */
    static String priorityAdopted(String partnershipId, String title, String scope) {
        String priorityId = UUID.randomUUID().toString();
        ObjectNode event = example(PRIORITY, "priority-adopted.v1", "priorities/", priorityId);
        data(event).put("priorityId", priorityId)
            .put("title", title)
            .put("scope", scope)
            .put("partnershipId", partnershipId)
            .put("leadGroupId", partnershipId);
        publish(event, "priority.events");
        return priorityId;
    }

    /** Sets a target for the priority; returns its id. */
    static String targetSet(String priorityId, String partnershipId, String measure) {
        String targetId = UUID.randomUUID().toString();
        ObjectNode event = example(PRIORITY, "target-set.v1", "targets/", targetId);
        data(event).put("targetId", targetId)
            .put("priorityId", priorityId)
            .put("partnershipId", partnershipId)
            .put("measure", measure);
        publish(event, "priority.events");
        return targetId;
    }

    static void targetRead(String targetId, String priorityId, double value, LocalDate readOn, String rag) {
        ObjectNode event = example(PRIORITY, "target-reading-recorded.v1", "targets/", targetId);
        data(event).put("targetId", targetId)
            .put("priorityId", priorityId)
            .put("value", value)
            .put("readOn", readOn.toString())
            .put("rag", rag)
            .put("targetRag", rag);
        publish(event, "priority.events");
    }

    /**
     * The priority service's roll-up of the priority's status, published at the time
     * given.
     */
    static String priorityRagChanged(String priorityId, String partnershipId, String rag, Instant at) {
        ObjectNode event = example(PRIORITY, "priority-rag-changed.v1", "priority-rags/", priorityId);
        event.put("time", at.toString());
        data(event).put("priorityId", priorityId).put("partnershipId", partnershipId).put("rag", rag);
        publish(event, "priority.events");
        return event.toString();
    }

    /** Renames the priority, at the time given. */
    static void priorityRenamed(String priorityId, String partnershipId, String title, Instant at) {
        ObjectNode event = example(PRIORITY, "priority-updated.v1", "priorities/", priorityId);
        event.put("time", at.toString());
        data(event).put("priorityId", priorityId).put("title", title).put("partnershipId", partnershipId);
        publish(event, "priority.events");
    }

    /** Publishes the same event (same id) again, as a replay would. */
    static void replay(String event) {
        PartnershipTopic.publishTo("priority.events", EventContracts.json(event).get("partitionkey").asString(), event);
    }

    /**
     * Assigns an action of the group's plan to Northamptonshire Police; returns its id.
     */
    static String actionAssigned(String partnershipId, String title, LocalDate dueDate) {
        String actionId = UUID.randomUUID().toString();
        ObjectNode event = example(PRIORITY, "action-assigned.v1", "actions/", actionId);
        data(event).put("actionId", actionId)
            .put("partnershipId", partnershipId)
            .put("title", title)
            .put("dueDate", dueDate.toString());
        publish(event, "priority.events");
        return actionId;
    }

    static void actionCompleted(String actionId, String partnershipId, LocalDate completedOn) {
        ObjectNode event = example(PRIORITY, "action-completed.v1", "actions/", actionId);
        data(event).put("actionId", actionId)
            .put("partnershipId", partnershipId)
            .put("completedOn", completedOn.toString());
        publish(event, "priority.events");
    }

    /** A scrutiny recommendation to the group; returns its id. */
    static String recommendationMade(String partnershipId, String title, LocalDate responseDue) {
        String recommendationId = UUID.randomUUID().toString();
        ObjectNode event = example(SCRUTINY, "recommendation-made.v1", "recommendations/", recommendationId);
        data(event).put("recommendationId", recommendationId)
            .put("title", title)
            .put("addresseeKind", "PARTNERSHIP")
            .put("addresseeId", partnershipId)
            .put("responseDue", responseDue.toString());
        publish(event, "scrutiny.events");
        return recommendationId;
    }

    static void responseRecorded(String recommendationId, String partnershipId) {
        ObjectNode event = example(SCRUTINY, "response-recorded.v1", "recommendations/", recommendationId);
        data(event).put("recommendationId", recommendationId).put("addresseeId", partnershipId);
        publish(event, "scrutiny.events");
    }

    private static ObjectNode example(EventContracts producer, String contract, String subjectPrefix, String id) {
        ObjectNode event = (ObjectNode) EventContracts.json(producer.example(contract));
        event.put("id", UUID.randomUUID().toString())
            .put("subject", subjectPrefix + id)
            .put("partitionkey", id)
            .put("traceparent", OtherServicesTopics.TRACEPARENT);
        return event;
    }

    private static ObjectNode data(ObjectNode event) {
        return (ObjectNode) event.get("data");
    }

    private static void publish(ObjectNode event, String topic) {
        PartnershipTopic.publishTo(topic, event.get("partitionkey").asString(), event.toString());
    }

}
