package org.communitysafety.servicedefaults.personaldata;

import java.util.Base64;
import java.util.Optional;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.bson.Document;
import org.bson.types.Binary;
import org.communitysafety.servicedefaults.events.MalformedEvent;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.annotation.KafkaListener;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A consuming service's copy of the producers' personal-data keys, read from their
 * compacted key topics: a key per subject, or the mark that it was shredded (a tombstone,
 * which the key topics keep so that a replica rebuilt from the start still learns of
 * every erasure). Opening an event's personal data needs the key; a shredded key means
 * the person was erased and the event is handled without them.
 */
public class PersonalDataKeyring {

    /** This service's copy of the keys; nothing else writes here. */
    static final String COLLECTION = "personal-data-keyring";

    private final MongoTemplate mongo;

    private final JsonMapper json;

    public PersonalDataKeyring(MongoTemplate mongo, JsonMapper json) {
        this.mongo = mongo;
        this.json = json;
    }

    @KafkaListener(id = "${platform.service}-personal-data-keys", idIsGroup = false,
            topics = "#{'${platform.personal-data.consumed-key-topics}'.split(',')}")
    void on(ConsumerRecord<String, String> record) {
        String subjectId = record.key();
        if (subjectId == null) {
            return;
        }
        if (record.value() == null) {
            keyring().updateOne(Filters.eq("_id", subjectId),
                    Updates.combine(Updates.unset("key"), Updates.set("shredded", true)),
                    new UpdateOptions().upsert(true));
            return;
        }
        byte[] key = keyIn(record.value());
        try {
            // A key never comes back once shredded: a replayed old key record changes
            // nothing.
            keyring().updateOne(Filters.and(Filters.eq("_id", subjectId), Filters.ne("shredded", true)),
                    Updates.set("key", new Binary(key)), new UpdateOptions().upsert(true));
        }
        catch (MongoWriteException ex) {
            if (ex.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                throw ex;
            }
        }
    }

    /**
     * The person's details, or empty if their key was shredded (they were erased).
     * @throws PersonalDataKeyNotYetKnown if the key has not arrived yet (retry)
     * @throws MalformedEvent if the data was not sealed with the key it names
     */
    public <T> Optional<T> open(SealedPersonalData sealed, Class<T> type) {
        if (sealed == null || sealed.keyId() == null || sealed.ciphertext() == null) {
            throw new MalformedEvent("The event's personal data is not sealed personal data");
        }
        Document entry = keyring().find(Filters.eq("_id", sealed.keyId())).first();
        if (entry == null) {
            throw new PersonalDataKeyNotYetKnown(sealed.keyId());
        }
        Binary key = entry.get("key", Binary.class);
        if (key == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(json.readValue(PersonalDataCipher.open(sealed, key.getData()), type));
        }
        catch (IllegalArgumentException | JacksonException ex) {
            throw new MalformedEvent("The event's personal data cannot be opened: " + ex.getMessage());
        }
    }

    private byte[] keyIn(String value) {
        try {
            JsonNode node = json.readTree(value);
            return Base64.getDecoder().decode(node.required("key").asString());
        }
        catch (IllegalArgumentException | JacksonException ex) {
            throw new MalformedEvent("Not a personal-data key record: " + ex.getMessage());
        }
    }

    private MongoCollection<Document> keyring() {
        return mongo.getCollection(COLLECTION);
    }

}
