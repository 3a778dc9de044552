package org.communitysafety.notification;

import java.time.Instant;
import java.util.UUID;

import org.communitysafety.testkit.EventContracts;
import tools.jackson.databind.node.ObjectNode;

/**
 * Publishes to {@code priority.events} and {@code scrutiny.events} as those services
 * promise to in {@code contracts.md}: CloudEvents of type
 * {@code org.communitysafety.<service>.<name>.v1} whose data carries the contract's
 * required fields. Those services are written at the same time as this one, so these
 * events are built from the agreed contract rather than from their published examples.
 */
public final class OtherServicesTopics {

    public static final String PRIORITY = "priority.events";

    public static final String SCRUTINY = "scrutiny.events";

    /** The trace the producer's request carried, which every alert's email keeps. */
    public static final String TRACEPARENT = "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01";

    private OtherServicesTopics() {
    }

    /** A priority-service event of the named type about the aggregate, with this data. */
    public static ObjectNode priorityEvent(String name, String subject, ObjectNode data) {
        return event("priority", name, subject, data);
    }

    /** A scrutiny-service event of the named type about the aggregate, with this data. */
    public static ObjectNode scrutinyEvent(String name, String subject, ObjectNode data) {
        return event("scrutiny", name, subject, data);
    }

    public static ObjectNode data() {
        return (ObjectNode) EventContracts.json("{}");
    }

    private static ObjectNode event(String service, String name, String subject, ObjectNode data) {
        ObjectNode event = (ObjectNode) EventContracts.json("{}");
        String key = subject.substring(subject.indexOf('/') + 1);
        event.put("specversion", "1.0")
            .put("id", UUID.randomUUID().toString())
            .put("source", "/services/" + service)
            .put("type", "org.communitysafety." + service + "." + name + ".v1")
            .put("subject", subject)
            .put("time", Instant.now().toString())
            .put("datacontenttype", "application/json")
            .put("partitionkey", key)
            .put("traceparent", TRACEPARENT);
        event.set("data", data);
        return event;
    }

    /**
     * Publishes the event to the topic of the service that produced it, keyed as it is.
     */
    public static void publish(ObjectNode event) {
        String topic = event.get("source").asString().endsWith("priority") ? PRIORITY : SCRUTINY;
        PartnershipTopic.publishTo(topic, event.get("partitionkey").asString(), event.toString());
    }

}
