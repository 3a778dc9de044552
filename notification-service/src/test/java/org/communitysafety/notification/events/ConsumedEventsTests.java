package org.communitysafety.notification.events;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.communitysafety.testkit.PlatformInfrastructure;
import org.communitysafety.testkit.TopicReader;
import org.communitysafety.notification.Mailbox;
import org.communitysafety.notification.NotificationServiceTest;
import org.communitysafety.notification.PartnershipTopic;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;

@NotificationServiceTest
class ConsumedEventsTests {

    private static final String DEAD_LETTERS = "partnership.events.notification.dlt";

    @Test
    void deadLettersMalformedRecordsWithTheReasonSkipsUnknownTypesAndGoesOnToLaterEvents() {
        String key = UUID.randomUUID().toString();
        String notJson = "not a CloudEvent " + key;
        ObjectNode wrongData = PartnershipTopic.memberAppointed(PartnershipTopic.uniqueEmail());
        ((ObjectNode) wrongData.get("data")).put("startDate", "the first of June");
        ObjectNode noAddress = PartnershipTopic.withPerson(
                PartnershipTopic.memberAppointed(PartnershipTopic.uniqueEmail()), "Alex Example (fictional)",
                "Inspector", null);
        ObjectNode unknownType = PartnershipTopic.example("partnership-formed.v1");
        String later = PartnershipTopic.uniqueEmail();

        PartnershipTopic.publish(key, notJson);
        PartnershipTopic.publish(key, wrongData.toString());
        PartnershipTopic.publish(key, noAddress.toString());
        PartnershipTopic.publish(key, unknownType.toString());
        PartnershipTopic.publish(key, PartnershipTopic.memberAppointed(later).toString());

        Mailbox.shared().awaitOneTo(later);
        List<ConsumerRecord<String, String>> deadLetters = deadLettersWithKey(key, 3);
        assertThat(deadLetters).extracting(ConsumerRecord::value)
            .containsExactly(notJson, wrongData.toString(), noAddress.toString());
        assertThat(reason(deadLetters.get(0))).contains("Not a JSON CloudEvent");
        assertThat(reason(deadLetters.get(1))).contains("unreadable data", wrongData.get("id").asString());
        assertThat(reason(deadLetters.get(2))).contains("personal data cannot be opened",
                "email must be an email address");
    }

    private static List<ConsumerRecord<String, String>> deadLettersWithKey(String key, int count) {
        String kafka = PlatformInfrastructure.shared().kafkaBootstrapServers();
        try (TopicReader reader = new TopicReader(kafka, DEAD_LETTERS)) {
            reader.readUntil(read -> read.stream().filter(record -> key.equals(record.key())).count() >= count,
                    Duration.ofSeconds(30));
            // Read on a little: an unknown type dead-lettered by mistake would arrive
            // after the others.
            return reader.readFor(Duration.ofMillis(500)).stream().filter(record -> key.equals(record.key())).toList();
        }
    }

    private static String reason(ConsumerRecord<String, String> deadLetter) {
        Header header = deadLetter.headers().lastHeader("kafka_dlt-exception-message");
        assertThat(header).as("the reason header").isNotNull();
        return new String(header.value(), StandardCharsets.UTF_8);
    }

}
