package org.communitysafety.scrutiny;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.communitysafety.testkit.EventContracts;
import org.communitysafety.testkit.PlatformInfrastructure;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Publishes what the services upstream publish: the partnership service's events from the
 * examples it publishes with its contracts, and the priority service's events built to
 * contracts.md (that service is being written to them at the same time, so its examples
 * are not yet there to read).
 */
public final class Upstream {

    public static final String PARTNERSHIP_TOPIC = "partnership.events";

    public static final String PRIORITY_TOPIC = "priority.events";

    private static final EventContracts PARTNERSHIP = EventContracts.of("../partnership-service");

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static KafkaProducer<String, String> producer;

    private Upstream() {
    }

    /** The partnership service's example of the contract, with a fresh event id. */
    public static ObjectNode partnershipExample(String contract) {
        ObjectNode event = (ObjectNode) EventContracts.json(PARTNERSHIP.example(contract));
        event.put("id", UUID.randomUUID().toString());
        event.put("time", Instant.now().toString());
        return event;
    }

    /** organisation-registered.v1 of a new organisation with this code. */
    public static ObjectNode organisationRegistered(String code) {
        ObjectNode event = about(partnershipExample("organisation-registered.v1"), "organisations", code);
        ((ObjectNode) event.get("data")).put("organisationId", code).put("name", "Organisation " + code);
        return event;
    }

    /**
     * partnership-formed.v1 of a new partnership with this code, run by the organisation.
     */
    public static ObjectNode partnershipFormed(String code, String managedBy) {
        ObjectNode event = about(partnershipExample("partnership-formed.v1"), "partnerships", code);
        ((ObjectNode) event.get("data")).put("partnershipId", code)
            .put("name", "Partnership " + code)
            .put("managedBy", managedBy);
        return event;
    }

    /** A priority-service event built to contracts.md, with the data given. */
    public static ObjectNode priorityEvent(String contract, String subject, String key, Map<String, Object> data) {
        ObjectNode event = JSON.createObjectNode();
        event.put("specversion", "1.0")
            .put("id", UUID.randomUUID().toString())
            .put("source", "/services/priority")
            .put("type", "org.communitysafety.priority." + contract)
            .put("subject", subject + "/" + key)
            .put("time", Instant.now().toString())
            .put("datacontenttype", "application/json")
            .put("partitionkey", key)
            .put("organisation", "northamptonshire-county-council")
            .put("actor", "county-community-safety-team");
        event.set("data", JSON.valueToTree(data));
        return event;
    }

    /** priority-adopted.v1 as contracts.md fixes it. */
    public static ObjectNode priorityAdopted(String priorityId, String partnershipId) {
        return priorityEvent("priority-adopted.v1", "priorities", priorityId,
                Map.of("priorityId", priorityId, "title", "Reduce anti-social behaviour", "theme",
                        "Anti-social behaviour", "scope", "LOCAL", "partnershipId", partnershipId, "leadGroupId",
                        partnershipId, "sources", java.util.List.of("strategic-assessment-2015"), "status", "ADOPTED"));
    }

    /** action-assigned.v1 as contracts.md fixes it. */
    public static ObjectNode actionAssigned(String actionId, String priorityId, String partnershipId) {
        Map<String, Object> data = new java.util.HashMap<>(Map.of("actionId", actionId, "title",
                "Street Pastors on weekday evenings", "priorityId", priorityId, "partnershipId", partnershipId,
                "ownerOrganisationId", "northamptonshire-police", "dueDate", "2016-03-31"));
        data.put("ownerPerson", null);
        return priorityEvent("action-assigned.v1", "actions", actionId, data);
    }

    public static void publish(String topic, ObjectNode event) {
        publish(topic, event.get("partitionkey").asString(), event.toString());
    }

    public static synchronized void publish(String topic, String key, String value) {
        if (producer == null) {
            producer = new KafkaProducer<>(
                    Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                            PlatformInfrastructure.shared().kafkaBootstrapServers(), ProducerConfig.ACKS_CONFIG, "all"),
                    new StringSerializer(), new StringSerializer());
        }
        try {
            producer.send(new ProducerRecord<>(topic, key, value)).get(30, TimeUnit.SECONDS);
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(ex);
        }
        catch (ExecutionException | TimeoutException ex) {
            throw new IllegalStateException("Could not publish to " + topic, ex);
        }
    }

    private static ObjectNode about(ObjectNode event, String collection, String id) {
        event.put("subject", collection + "/" + id);
        event.put("partitionkey", id);
        return event;
    }

}
