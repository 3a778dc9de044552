package org.communitysafety.priority;

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
import tools.jackson.databind.node.ObjectNode;

/**
 * Publishes to {@code partnership.events} as the partnership service does, starting from
 * the examples it publishes with its contracts, so that these tests read exactly what the
 * producer promises to write.
 */
public final class PartnershipTopic {

    public static final String TOPIC = "partnership.events";

    private static final EventContracts PRODUCER = EventContracts.of("../partnership-service");

    private static KafkaProducer<String, String> producer;

    private PartnershipTopic() {
    }

    /** The producer's example of the contract, as a new event about the object given. */
    public static ObjectNode example(String contract, String collection, String id) {
        ObjectNode event = (ObjectNode) EventContracts.json(PRODUCER.example(contract));
        event.put("id", UUID.randomUUID().toString());
        event.put("subject", collection + "/" + id);
        event.put("partitionkey", id);
        return event;
    }

    public static ObjectNode data(ObjectNode event) {
        return (ObjectNode) event.get("data");
    }

    /** Publishes the event keyed by its partition key, as the outbox relay does. */
    public static synchronized void publish(ObjectNode event) {
        if (producer == null) {
            producer = new KafkaProducer<>(
                    Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                            PlatformInfrastructure.shared().kafkaBootstrapServers(), ProducerConfig.ACKS_CONFIG, "all"),
                    new StringSerializer(), new StringSerializer());
        }
        try {
            producer.send(new ProducerRecord<>(TOPIC, event.get("partitionkey").asString(), event.toString()))
                .get(30, TimeUnit.SECONDS);
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(ex);
        }
        catch (ExecutionException | TimeoutException ex) {
            throw new IllegalStateException("Could not publish to " + TOPIC, ex);
        }
    }

}
