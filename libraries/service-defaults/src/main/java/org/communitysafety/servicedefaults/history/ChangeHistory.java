package org.communitysafety.servicedefaults.history;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.Sorts;
import org.bson.Document;
import org.communitysafety.servicedefaults.events.CloudEvent;
import org.communitysafety.servicedefaults.events.CloudEvents;
import org.communitysafety.servicedefaults.outbox.AggregateStore;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * The audit history of every aggregate a service owns: who changed it, when and how. It
 * is the aggregate's own events, so no change can be missing from it: published events
 * are kept in {@code event_history}, events not yet published are read from the
 * aggregate's outbox.
 */
public class ChangeHistory {

    public static final String HISTORY = "event_history";

    public static final String PROCESSED = "processed_events";

    private static final Set<String> PLATFORM_COLLECTIONS = Set.of(HISTORY, PROCESSED, "idempotency_keys");

    private final MongoTemplate mongo;

    private final CloudEvents cloudEvents;

    public ChangeHistory(MongoTemplate mongo, CloudEvents cloudEvents) {
        this.mongo = mongo;
        this.cloudEvents = cloudEvents;
    }

    public static boolean isPlatformCollection(String collection) {
        return PLATFORM_COLLECTIONS.contains(collection) || collection.startsWith("system.");
    }

    /** Keeps a published event; recording the same event twice leaves one entry. */
    public void record(Document pendingEvent) {
        Document entry = new Document("_id", pendingEvent.getString("eventId"))
            .append("subject", pendingEvent.getString("subject"))
            .append("occurredAt", pendingEvent.getDate("occurredAt"))
            .append("cloudEvent", pendingEvent.getString("cloudEvent"));
        mongo.getCollection(HISTORY)
            .replaceOne(Filters.eq("_id", entry.get("_id")), entry, new ReplaceOptions().upsert(true));
    }

    /**
     * Every change to one aggregate, oldest first; empty when the aggregate never
     * existed.
     */
    public List<Change> of(String collection, String id) {
        String subject = collection + "/" + id;
        List<Change> changes = new ArrayList<>();
        for (Document entry : mongo.getCollection(HISTORY)
            .find(Filters.eq("subject", subject))
            .sort(Sorts.ascending("occurredAt"))) {
            changes.add(Change.of(cloudEvents.read(entry.getString("cloudEvent")), true));
        }
        Document aggregate = mongo.getCollection(collection).find(Filters.eq("_id", id)).first();
        if (aggregate != null && aggregate.containsKey(AggregateStore.OUTBOX)) {
            for (Document pending : aggregate.getList(AggregateStore.OUTBOX, Document.class)) {
                CloudEvent event = cloudEvents.read(pending.getString("cloudEvent"));
                if (changes.stream().noneMatch(change -> change.eventId().equals(event.id()))) {
                    changes.add(Change.of(event, false));
                }
            }
        }
        changes.sort(Comparator.comparing(Change::time));
        return changes;
    }

}
