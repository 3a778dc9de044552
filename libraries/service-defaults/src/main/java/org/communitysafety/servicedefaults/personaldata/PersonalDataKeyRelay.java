package org.communitysafety.servicedefaults.personaldata;

import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.bson.types.Binary;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import tools.jackson.databind.json.JsonMapper;

/**
 * Publishes each new key, and each shredded key's tombstone, on the service's compacted
 * key topic, keyed by the subject, until the broker takes it. Keys are not events: they
 * are not kept for ever, carry no envelope and are never logged, so they have this small
 * relay of their own beside the event outbox. A key marked published is not sent again
 * unless it changed (was shredded) meanwhile: the mark is conditional on its revision.
 */
public class PersonalDataKeyRelay {

    private static final Logger log = LoggerFactory.getLogger(PersonalDataKeyRelay.class);

    private final PersonalDataKeys keys;

    private final KafkaTemplate<String, String> kafka;

    private final JsonMapper json;

    private final String topic;

    private final Duration sendTimeout;

    public PersonalDataKeyRelay(PersonalDataKeys keys, KafkaTemplate<String, String> kafka, JsonMapper json,
            String topic, Duration sendTimeout) {
        this.keys = keys;
        this.kafka = kafka;
        this.json = json;
        this.topic = topic;
        this.sendTimeout = sendTimeout;
    }

    @Scheduled(fixedDelayString = "${platform.personal-data.key-relay-interval:200ms}")
    public void publishPending() {
        for (Document key : keys.keys().find(Filters.eq("published", false)).limit(500)) {
            String subjectId = key.getString("_id");
            try {
                kafka.send(topic, subjectId, valueOf(subjectId, key.get("key", Binary.class)))
                    .get(sendTimeout.toMillis(), TimeUnit.MILLISECONDS);
            }
            catch (Exception ex) {
                // The broker is away: try again next round. The subject is named; the key
                // never is.
                log.warn("Key of {} not yet published to {}: {}", subjectId, topic, ex.toString());
                if (ex instanceof InterruptedException) {
                    Thread.currentThread().interrupt();
                }
                return;
            }
            keys.keys()
                .updateOne(Filters.and(Filters.eq("_id", subjectId), Filters.eq("revision", key.get("revision"))),
                        Updates.set("published", true));
        }
    }

    /** The key as consumers read it, or a tombstone (null) once it is shredded. */
    private String valueOf(String subjectId, Binary key) {
        if (key == null) {
            return null;
        }
        return json.writeValueAsString(Map.of("keyId", subjectId, "algorithm", PersonalDataCipher.ALGORITHM, "key",
                Base64.getEncoder().encodeToString(key.getData())));
    }

}
