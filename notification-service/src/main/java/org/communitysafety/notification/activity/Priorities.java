package org.communitysafety.notification.activity;

import java.time.Instant;
import java.util.Set;

import org.communitysafety.notification.events.EventHandler;
import org.communitysafety.notification.events.PriorityDescribed;
import org.communitysafety.servicedefaults.consumer.InboundEvents;
import org.communitysafety.servicedefaults.events.CloudEvent;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * The priorities replica, from the priority service's priority events: an upsert keyed by
 * the priority, applied only if the event is not older than what it holds, so an event
 * seen twice or replayed late changes nothing.
 */
@Component
class Priorities implements EventHandler {

    private final MongoTemplate mongo;

    private final InboundEvents inbound;

    Priorities(MongoTemplate mongo, InboundEvents inbound) {
        this.mongo = mongo;
        this.inbound = inbound;
    }

    @Override
    public String name() {
        return "priority-replica";
    }

    @Override
    public Set<String> eventTypes() {
        return PriorityDescribed.TYPES;
    }

    @Override
    public void handle(CloudEvent event) {
        PriorityDescribed priority = inbound.data(event, PriorityDescribed.class);
        Instant asOf = EventHandler.timeOf(event);
        Update update = new Update().set("title", priority.title())
            .set("partnershipId", priority.partnershipId())
            .set("asOf", asOf);
        if (PriorityDescribed.RETIRED.equals(event.type())) {
            update.set("status", Priority.RETIRED).set("retiredOn", priority.retiredOn());
        }
        else {
            update.set("scope", priority.scope())
                .set("leadGroupId", priority.leadGroupId())
                .set("parentId", priority.parentId())
                .set("status", priority.status());
        }
        try {
            mongo.upsert(Query.query(Criteria.where("_id").is(priority.priorityId()).and("asOf").not().gt(asOf)),
                    update, Priority.class);
        }
        catch (DuplicateKeyException newer) {
            // Already holds a newer state of the priority.
        }
    }

}
