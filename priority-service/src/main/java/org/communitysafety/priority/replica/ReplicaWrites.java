package org.communitysafety.priority.replica;

import java.time.Instant;
import java.util.Map;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Applies a replicated change unless the replica already holds a newer one: a replayed or
 * late event must not bring old data back. The filter and the write are one upsert, so
 * two consumers cannot interleave.
 */
@Component
class ReplicaWrites {

    private final MongoTemplate mongo;

    ReplicaWrites(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    void applyIfNotOlder(Class<?> replica, String id, Instant asOf, Map<String, Object> fields) {
        Query notNewer = Query.query(Criteria.where("_id").is(id).and("asOf").not().gt(asOf));
        Update update = new Update().set("asOf", asOf);
        fields.forEach(update::set);
        try {
            mongo.upsert(notNewer, update, replica);
        }
        catch (DuplicateKeyException newer) {
            // The replica holds a newer state of this object: the event is already
            // superseded.
        }
    }

}
