package org.communitysafety.servicedefaults.personaldata;

import java.time.Clock;
import java.time.Instant;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.bson.types.Binary;
import org.springframework.data.mongodb.core.MongoTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * The keys a producing service seals its subjects' personal data with: one key per
 * subject (a membership, say), made on first use and kept in this service's database,
 * from where {@link PersonalDataKeyRelay} publishes it on the service's compacted key
 * topic for the consumers. Shredding a subject's key forgets its personal data in every
 * event ever published: the events still replay, their personal fields no longer open.
 */
public class PersonalDataKeys implements PersonalDataSeal {

    /** This service's keys; nothing else writes here. */
    static final String COLLECTION = "personal-data-keys";

    private final MongoTemplate mongo;

    private final JsonMapper json;

    private final Clock clock;

    public PersonalDataKeys(MongoTemplate mongo, JsonMapper json, Clock clock) {
        this.mongo = mongo;
        this.json = json;
        this.clock = clock;
    }

    /**
     * The subject's personal details sealed with the subject's key. A subject whose key
     * was shredded has been erased: nothing of theirs is sealed again.
     */
    @Override
    public SealedPersonalData seal(String subjectId, Object personal) {
        byte[] key = keyOf(subjectId);
        return PersonalDataCipher.seal(subjectId, key, json.writeValueAsBytes(personal));
    }

    /**
     * Forgets the subject's key here and has a tombstone published in its place, so that
     * consumers forget it too and compaction removes it from the key topic.
     */
    public void shred(String subjectId) {
        keys().updateOne(Filters.eq("_id", subjectId),
                Updates.combine(Updates.unset("key"), Updates.set("shreddedAt", Instant.now(clock)),
                        Updates.set("published", false), Updates.inc("revision", 1L)),
                new UpdateOptions().upsert(true));
    }

    private byte[] keyOf(String subjectId) {
        for (int attempt = 1;; attempt++) {
            Document existing = keys().find(Filters.eq("_id", subjectId)).first();
            if (existing != null) {
                Binary key = existing.get("key", Binary.class);
                if (key == null) {
                    throw new IllegalStateException("The personal data of " + subjectId + " has been erased");
                }
                return key.getData();
            }
            byte[] key = PersonalDataCipher.newKey();
            try {
                keys().insertOne(new Document("_id", subjectId).append("key", new Binary(key))
                    .append("createdAt", Instant.now(clock))
                    .append("published", false)
                    .append("revision", 1L));
                return key;
            }
            catch (MongoWriteException ex) {
                // Someone made the subject's key meanwhile: use theirs.
                if (ex.getError().getCategory() != ErrorCategory.DUPLICATE_KEY || attempt == 3) {
                    throw ex;
                }
            }
        }
    }

    MongoCollection<Document> keys() {
        return mongo.getCollection(COLLECTION);
    }

}
