package org.communitysafety.notification.activity;

import java.time.Instant;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.communitysafety.notification.events.EventHandler;
import org.communitysafety.notification.events.PriorityDescribed;
import org.communitysafety.notification.events.PriorityRagChanged;
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
 * seen twice or replayed late changes nothing. The RAG status is the one the priority
 * service published ({@code priority-rag-changed.v1}), kept with the time of the event
 * that set it ({@code ragAsOf}) under the same guard; it is never rolled up here.
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
        return Stream.concat(PriorityDescribed.TYPES.stream(), Stream.of(PriorityRagChanged.TYPE))
            .collect(Collectors.toUnmodifiableSet());
    }

    @Override
    public void handle(CloudEvent event) {
        if (PriorityRagChanged.TYPE.equals(event.type())) {
            PriorityRagChanged changed = inbound.data(event, PriorityRagChanged.class);
            Instant asOf = EventHandler.timeOf(event);
            upsertIfNotOlder(changed.priorityId(), "ragAsOf", asOf,
                    new Update().set("rag", changed.rag()).set("ragAsOf", asOf));
            return;
        }
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
        upsertIfNotOlder(priority.priorityId(), "asOf", asOf, update);
    }

    private void upsertIfNotOlder(String priorityId, String asOfField, Instant asOf, Update update) {
        try {
            mongo.upsert(Query.query(Criteria.where("_id").is(priorityId).and(asOfField).not().gt(asOf)), update,
                    Priority.class);
        }
        catch (DuplicateKeyException newer) {
            // Already holds a newer state of the priority.
        }
    }

}
