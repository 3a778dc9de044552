package org.communitysafety.servicedefaults.outbox;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Updates;
import com.mongodb.client.result.UpdateResult;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * The events the broker refused for good. The relay counts each refusal on the event in
 * its outbox and parks the event, with the reason, once it has been refused
 * {@code attempts} times; operators list the parked events and replay one once the cause
 * is fixed (a larger topic limit, a granted ACL), which makes it pending again.
 */
public class ParkedEvents {

    private static final Logger log = LoggerFactory.getLogger(ParkedEvents.class);

    private static final String IN_OUTBOX = AggregateStore.OUTBOX + ".";

    private static final String MATCHED = AggregateStore.OUTBOX + ".$.";

    private final MongoTemplate mongo;

    private final OutboxCollections collections;

    private final int attempts;

    private final Clock clock;

    public ParkedEvents(MongoTemplate mongo, OutboxCollections collections, int attempts, Clock clock) {
        this.mongo = mongo;
        this.collections = collections;
        this.attempts = attempts;
        this.clock = clock;
    }

    /**
     * Counts a refusal of the aggregate's event and parks the event at the last attempt;
     * answers whether it is parked.
     */
    boolean refused(MongoCollection<Document> collection, Object aggregateId, OutboxEvent event, String reason) {
        int refusals = event.attempts() + 1;
        Bson counted = Updates.combine(Updates.set(MATCHED + OutboxEvent.ATTEMPTS, refusals),
                Updates.set(MATCHED + OutboxEvent.REFUSAL, reason));
        boolean park = refusals >= attempts;
        collection.updateOne(
                Filters.and(Filters.eq("_id", aggregateId),
                        Filters.eq(IN_OUTBOX + OutboxEvent.EVENT_ID, event.eventId())),
                park ? Updates.combine(counted, Updates.set(MATCHED + OutboxEvent.PARKED_AT, clock.instant()))
                        : counted);
        if (park) {
            log.error("Parked event {} of {} after {} refusals: {}; later events of {} wait until it is replayed",
                    event.eventId(), event.subject(), refusals, reason, event.subject());
        }
        return park;
    }

    /** Up to {@code max} parked events, across the service's aggregates. */
    public List<ParkedEvent> list(int max) {
        List<ParkedEvent> parked = new ArrayList<>();
        for (String collection : collections.all(mongo)) {
            for (Document aggregate : mongo.getCollection(collection)
                .find(Filters.exists(IN_OUTBOX + OutboxEvent.PARKED_AT))
                .projection(Projections.include(AggregateStore.OUTBOX))) {
                aggregate.getList(AggregateStore.OUTBOX, Document.class)
                    .stream()
                    .map(OutboxEvent::of)
                    .filter(OutboxEvent::parked)
                    .map(ParkedEvent::of)
                    .forEach(parked::add);
            }
        }
        return parked.stream().limit(max).toList();
    }

    /**
     * Makes a parked event pending again, with its tries counted afresh; answers false
     * when no event with that id is parked.
     */
    public boolean replay(String eventId) {
        for (String collection : collections.all(mongo)) {
            UpdateResult result = mongo.getCollection(collection)
                .updateOne(
                        Filters.elemMatch(AggregateStore.OUTBOX,
                                Filters.and(Filters.eq(OutboxEvent.EVENT_ID, eventId),
                                        Filters.exists(OutboxEvent.PARKED_AT))),
                        Updates.combine(Updates.unset(MATCHED + OutboxEvent.PARKED_AT),
                                Updates.unset(MATCHED + OutboxEvent.REFUSAL),
                                Updates.set(MATCHED + OutboxEvent.ATTEMPTS, 0)));
            if (result.getModifiedCount() > 0) {
                collections.scanNeeded(collection);
                log.info("Replaying parked event {}", eventId);
                return true;
            }
        }
        return false;
    }

}
