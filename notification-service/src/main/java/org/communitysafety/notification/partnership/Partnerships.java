package org.communitysafety.notification.partnership;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.communitysafety.notification.events.EventHandler;
import org.communitysafety.notification.events.PartnershipDescribed;
import org.communitysafety.servicedefaults.consumer.InboundEvents;
import org.communitysafety.servicedefaults.events.CloudEvent;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * The names and kinds of groups, replicated from the partnership service's events. A
 * group not known yet (its events travel on other partitions than a plan's) is named by
 * the name its members' appointments carry, or by its code, rather than holding up an
 * alert.
 */
@Component
public class Partnerships implements EventHandler {

    /** The county's community safety strategy group (§6.3). */
    public static final String COUNTY_STRATEGY_GROUP = "COUNTY_STRATEGY_GROUP";

    /** A district or borough Community Safety Partnership. */
    public static final String DISTRICT_CSP = "DISTRICT_CSP";

    private final MongoTemplate mongo;

    private final InboundEvents inbound;

    Partnerships(MongoTemplate mongo, InboundEvents inbound) {
        this.mongo = mongo;
        this.inbound = inbound;
    }

    /** The group's name, or its code while the group has not reached this service. */
    public String nameOf(String partnershipId) {
        Partnership partnership = mongo.findById(partnershipId, Partnership.class);
        return partnership == null ? partnershipId : partnership.name();
    }

    /**
     * The groups' names (or codes, as {@link #nameOf}), asked for all of them at once.
     */
    public Map<String, String> namesOf(Collection<String> partnershipIds) {
        Map<String, String> names = new HashMap<>();
        partnershipIds.forEach(id -> names.put(id, id));
        Query theirs = Query.query(Criteria.where("_id").in(partnershipIds));
        theirs.fields().include("name");
        mongo.find(theirs, Partnership.class).forEach(group -> names.put(group.partnershipId(), group.name()));
        return names;
    }

    public Optional<Partnership> find(String partnershipId) {
        return Optional.ofNullable(mongo.findById(partnershipId, Partnership.class));
    }

    /** The groups updated on community safety activity at a cadence of their own. */
    public List<Partnership> withReportingCadence() {
        return mongo.find(Query.query(Criteria.where("reportingCadence").ne(null)), Partnership.class);
    }

    /** The codes of the groups of these kinds. */
    public List<String> ofKinds(Collection<String> kinds) {
        return mongo.find(Query.query(Criteria.where("kind").in(kinds)), Partnership.class)
            .stream()
            .map(Partnership::partnershipId)
            .toList();
    }

    @Override
    public String name() {
        return "partnership-replica";
    }

    @Override
    public Set<String> eventTypes() {
        return PartnershipDescribed.TYPES;
    }

    @Override
    public void handle(CloudEvent event) {
        PartnershipDescribed described = inbound.data(event, PartnershipDescribed.class);
        Instant asOf = EventHandler.timeOf(event);
        Query notNewer = Query.query(Criteria.where("_id").is(described.partnershipId()).and("asOf").not().gt(asOf));
        Partnership before = mongo.findById(described.partnershipId(), Partnership.class);
        boolean sameCadence = before != null && Objects.equals(before.reportingCadence(), described.reportingCadence());
        try {
            mongo.upsert(notNewer,
                    new Update().set("name", described.name())
                        .set("kind", described.kind())
                        .set("reportingCadence", described.reportingCadence())
                        .set("cadenceSince", sameCadence ? before.cadenceSince() : asOf)
                        .set("asOf", asOf),
                    Partnership.class);
        }
        catch (DuplicateKeyException newer) {
            // Already holds newer details: a replayed event must not bring old ones back.
        }
    }

}
