package org.communitysafety.scrutiny;

import java.time.Duration;
import java.util.List;
import java.util.function.Predicate;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.communitysafety.testkit.EventContracts;
import org.communitysafety.testkit.PlatformInfrastructure;
import org.communitysafety.testkit.TopicReader;
import tools.jackson.databind.JsonNode;

/**
 * What this service has published on its topic, read from the beginning as a new consumer
 * would.
 */
public final class PublishedEvents {

    public static final String TOPIC = "scrutiny.events";

    public static final String TYPE_PREFIX = "org.communitysafety.scrutiny.";

    private PublishedEvents() {
    }

    /**
     * The first event of the type about the subject (e.g. {@code memberships/5d1c...}),
     * once it is published.
     */
    public static JsonNode about(String subject, String contract) {
        return until(events -> events.stream().anyMatch(matches(subject, contract)), Duration.ofSeconds(30)).stream()
            .filter(matches(subject, contract))
            .findFirst()
            .orElseThrow(() -> new AssertionError("No " + contract + " event was published about " + subject));
    }

    /** Everything published, read until the condition holds or the time is up. */
    public static List<JsonNode> until(Predicate<List<JsonNode>> condition, Duration timeout) {
        try (TopicReader reader = new TopicReader(PlatformInfrastructure.shared().kafkaBootstrapServers(), TOPIC)) {
            List<ConsumerRecord<String, String>> records = reader.readUntil(read -> condition.test(events(read)),
                    timeout);
            return events(records);
        }
    }

    /** The contract an event names in its type, e.g. {@code member-appointed.v1}. */
    public static String contractOf(JsonNode event) {
        return event.get("type").asString().substring(TYPE_PREFIX.length());
    }

    private static Predicate<JsonNode> matches(String subject, String contract) {
        return event -> subject.equals(event.get("subject").asString()) && contract.equals(contractOf(event));
    }

    private static List<JsonNode> events(List<ConsumerRecord<String, String>> records) {
        return records.stream().map(record -> EventContracts.json(record.value())).toList();
    }

}
