package org.communitysafety.notification.member;

import java.time.Instant;
import java.util.Locale;

import org.communitysafety.notification.events.MemberAppointed;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

/**
 * Keeps the member replica in step with the partnership service's membership events. Each event is one upsert
 * of the fields it is about, keyed by membership id and applied only if it is not older than what the replica
 * already holds: applying an event twice changes nothing twice, and a replayed old event (from a dead-letter
 * topic, say) cannot undo a later one. A later event (a member stood down, their details changed, the person
 * erased) is one more method here that sets or unsets its own fields through {@link #apply}.
 */
@Service
public class Members {

    private static final Logger log = LoggerFactory.getLogger(Members.class);

    private final MongoTemplate mongo;

    Members(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    void appointed(MemberAppointed appointed, Instant asOf) {
        apply(appointed.membershipId(), asOf, new Update()
                .set("partnershipId", appointed.partnershipId())
                .set("partnershipName", appointed.partnershipName())
                .set("organisationId", appointed.organisationId())
                .set("name", appointed.name())
                .set("role", appointed.role())
                .set("email", appointed.email().trim().toLowerCase(Locale.ROOT))
                .set("roleOnGroup", appointed.roleOnGroup())
                .set("delegatedAuthority", appointed.delegatedAuthority())
                .set("authorityScope", appointed.authorityScope())
                .set("startDate", appointed.startDate())
                .set("endDate", appointed.endDate()));
    }

    private void apply(String membershipId, Instant asOf, Update update) {
        Query notNewer = Query.query(Criteria.where("_id").is(membershipId).and("asOf").not().gt(asOf));
        try {
            mongo.upsert(notNewer, update.set("asOf", asOf), Member.class);
        }
        catch (DuplicateKeyException newer) {
            // The membership exists with a newer event applied: the upsert's insert collided with it.
            log.debug("Kept membership {}: it already reflects an event newer than {}", membershipId, asOf);
        }
    }
}
