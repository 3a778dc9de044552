package org.communitysafety.servicedefaults.history;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Date;
import java.util.List;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.communitysafety.servicedefaults.events.CloudEvent;
import org.communitysafety.servicedefaults.events.CloudEvents;
import org.springframework.data.mongodb.core.MongoTemplate;
import tools.jackson.databind.node.ObjectNode;

/**
 * The audit history of every aggregate a service owns: who changed it, when and how. It
 * is the aggregate's own events, so no change can be missing from it: published events
 * are kept in the {@value #HISTORY} collection, which only this class writes; events not
 * yet published are read from the aggregate's outbox.
 */
public class ChangeHistory {

    /** The published events of every aggregate; the platform's, never a feature's. */
    public static final String HISTORY = "event_history";

    private final MongoTemplate mongo;

    private final CloudEvents cloudEvents;

    private final UnpublishedEvents unpublished;

    public ChangeHistory(MongoTemplate mongo, CloudEvents cloudEvents, UnpublishedEvents unpublished) {
        this.mongo = mongo;
        this.cloudEvents = cloudEvents;
        this.unpublished = unpublished;
    }

    /**
     * Keeps a published event of the aggregate {@code subject}; recording the same event
     * twice leaves one entry.
     */
    public void record(String eventId, String subject, Instant occurredAt, String cloudEvent) {
        Document entry = new Document("_id", eventId).append("subject", subject)
            .append("occurredAt", Date.from(occurredAt))
            .append("cloudEvent", cloudEvent);
        history().replaceOne(Filters.eq("_id", eventId), entry, new ReplaceOptions().upsert(true));
    }

    /**
     * Every change to one aggregate, oldest first; empty when the aggregate never
     * existed.
     */
    public List<Change> of(String collection, String id) {
        List<Change> changes = new ArrayList<>();
        for (Document entry : history().find(Filters.eq("subject", subject(collection, id)))
            .sort(Sorts.ascending("occurredAt"))) {
            changes.add(Change.of(cloudEvents.read(entry.getString("cloudEvent")), true));
        }
        for (String pending : unpublished.of(collection, id)) {
            CloudEvent event = cloudEvents.read(pending);
            if (changes.stream().noneMatch(change -> change.eventId().equals(event.id()))) {
                changes.add(Change.of(event, false));
            }
        }
        changes.sort(Comparator.comparing(Change::time));
        return changes;
    }

    /**
     * Takes the named fields out of the data of every recorded change to these aggregates
     * (each becomes null), keeping what was done, when and by whom: how a person's
     * details are forgotten without rewriting the audit trail's shape.
     * @param collection the aggregates' collection
     * @param ids the aggregates
     * @param fields the data fields that identify a person
     */
    public void redact(String collection, Collection<String> ids, Collection<String> fields) {
        for (String id : ids) {
            for (Document entry : history().find(Filters.eq("subject", subject(collection, id)))) {
                CloudEvent event = cloudEvents.read(entry.getString("cloudEvent"));
                if (event.data() instanceof ObjectNode data) {
                    fields.stream().filter(data::has).forEach(data::putNull);
                    history().updateOne(Filters.eq("_id", entry.get("_id")),
                            Updates.set("cloudEvent", cloudEvents.write(event)));
                }
            }
        }
    }

    private MongoCollection<Document> history() {
        return mongo.getCollection(HISTORY);
    }

    private static String subject(String collection, String id) {
        return collection + "/" + id;
    }

}
