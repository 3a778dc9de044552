package org.communitysafety.partnership;

import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.communitysafety.servicedefaults.personaldata.PersonalDataCipher;
import org.communitysafety.servicedefaults.personaldata.SealedPersonalData;
import org.communitysafety.testkit.EventContracts;
import org.communitysafety.testkit.PlatformInfrastructure;
import org.communitysafety.testkit.TopicReader;
import tools.jackson.databind.JsonNode;

/**
 * The personal-data keys this service has published, read from the beginning of the key
 * topic as a new consumer would, and what they open.
 */
public final class PublishedKeys {

    public static final String TOPIC = "partnership.personal-data-keys";

    private PublishedKeys() {
    }

    /** Every key record, tombstones included, read until the condition holds. */
    public static List<ConsumerRecord<String, String>> until(
            java.util.function.Predicate<List<ConsumerRecord<String, String>>> condition) {
        try (TopicReader reader = new TopicReader(PlatformInfrastructure.shared().kafkaBootstrapServers(), TOPIC)) {
            return reader.readUntil(condition, Duration.ofSeconds(30));
        }
    }

    /** The subject's key, once it is published. */
    public static byte[] keyOf(String subjectId) {
        ConsumerRecord<String, String> record = until(read -> latest(read, subjectId).isPresent()).stream()
            .filter(candidate -> subjectId.equals(candidate.key()) && candidate.value() != null)
            .reduce((first, second) -> second)
            .orElseThrow();
        return Base64.getDecoder().decode(EventContracts.json(record.value()).get("key").asString());
    }

    /** The person's details sealed in an event's {@code personalData}, opened. */
    public static JsonNode opened(JsonNode personalData) {
        SealedPersonalData sealed = new SealedPersonalData(personalData.get("keyId").asString(),
                personalData.get("algorithm").asString(), personalData.get("ciphertext").asString());
        return EventContracts.json(new String(PersonalDataCipher.open(sealed, keyOf(sealed.keyId()))));
    }

    /** The newest record about the subject: a key, or empty for a tombstone. */
    public static Optional<Optional<String>> latest(List<ConsumerRecord<String, String>> records, String subjectId) {
        return records.stream()
            .filter(record -> subjectId.equals(record.key()))
            .reduce((first, second) -> second)
            .map(record -> Optional.ofNullable(record.value()));
    }

}
