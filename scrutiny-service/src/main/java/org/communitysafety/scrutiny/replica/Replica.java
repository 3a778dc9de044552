package org.communitysafety.scrutiny.replica;

import java.time.Instant;
import java.util.Optional;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import org.communitysafety.servicedefaults.problem.RuleViolated;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

/**
 * The organisations, partnerships, priorities, plans and actions scrutiny refers to, kept
 * from the owning services' events so that this service never calls them.
 */
@Service
public class Replica {

    private final MongoTemplate mongo;

    Replica(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    public Optional<KnownReference> find(ReferenceKind kind, String referenceId) {
        return Optional.ofNullable(mongo.findById(KnownReference.idOf(kind, referenceId), KnownReference.class));
    }

    /** Refuses a reference to something the platform does not know (or has retired). */
    public KnownReference checkKnown(ReferenceKind kind, String referenceId) {
        return find(kind, referenceId).filter(known -> !known.retired())
            .orElseThrow(() -> new RuleViolated("No " + kind.name().toLowerCase() + " '" + referenceId
                    + "' is known on the platform; refer to one its owning service has published"));
    }

    /**
     * Takes what an event says, unless a newer event was taken already. A null keeps what
     * is known. A repeated or older event changes nothing, so handlers may run twice.
     */
    void apply(ReferenceKind kind, String referenceId, Instant asOf, String name, String partnershipId,
            String managedBy, Boolean retired) {
        Query notNewer = new Query(Criteria.where("_id")
            .is(KnownReference.idOf(kind, referenceId))
            .orOperator(Criteria.where("asOf").lte(asOf), Criteria.where("asOf").exists(false)));
        Update update = new Update().set("kind", kind).set("referenceId", referenceId).set("asOf", asOf);
        setIfGiven(update, "name", name);
        setIfGiven(update, "partnershipId", partnershipId);
        setIfGiven(update, "managedBy", managedBy);
        setIfGiven(update, "retired", retired);
        if (retired == null) {
            update.setOnInsert("retired", false);
        }
        try {
            mongo.upsert(notNewer, update, KnownReference.class);
        }
        catch (DuplicateKeyException ex) {
            // A newer event is already applied: the filter missed it and the upsert hit
            // its id.
        }
        catch (MongoWriteException ex) {
            if (ex.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                throw ex;
            }
        }
    }

    private static void setIfGiven(Update update, String field, Object value) {
        if (value != null) {
            update.set(field, value);
        }
    }

}
