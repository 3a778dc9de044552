package org.communitysafety.servicedefaults.outbox;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * Where the relay looks. Every round it looks up, by id, the aggregates this replica has
 * written events to since it last looked: the store finds them by their primary key,
 * however large the collection. Now and then (and at start-up, to finish what a crashed
 * replica or another one left) it scans every collection of the service's documents for
 * waiting events, as it does a collection whose events were marked pending again without
 * their aggregate's id (a replayed parked event). The platform's own collections
 * (history, processed events, idempotency keys), which are not mapped documents and never
 * hold an outbox, are never scanned.
 */
public class OutboxCollections {

    /**
     * Sets changed only inside the map's atomic operations, so that an id marked while
     * the relay takes a collection's set lands either in that set or in the next one.
     */
    private final Map<String, Set<Object>> writtenAggregates = new ConcurrentHashMap<>();

    private final Set<String> toScan = ConcurrentHashMap.newKeySet();

    private Instant lastFullScan = Instant.MIN;

    /** The aggregate was stored with events in its outbox. */
    void written(String collection, Object aggregateId) {
        writtenAggregates.compute(collection, (name, ids) -> {
            Set<Object> marked = ids == null ? new HashSet<>() : ids;
            marked.add(aggregateId);
            return marked;
        });
    }

    /** Some aggregate of the collection has events waiting; which one is not known. */
    void scanNeeded(String collection) {
        toScan.add(collection);
    }

    /**
     * The aggregates written since the last call, by collection; each now the caller's to
     * relay, or to mark again.
     */
    Map<String, Set<Object>> takeWritten() {
        Map<String, Set<Object>> taken = new HashMap<>();
        for (String collection : Set.copyOf(writtenAggregates.keySet())) {
            Set<Object> ids = writtenAggregates.remove(collection);
            if (ids != null) {
                taken.put(collection, ids);
            }
        }
        return taken;
    }

    /** The collections to scan whole this round; each now the caller's. */
    Set<String> takeToScan() {
        Set<String> taken = new HashSet<>();
        for (String collection : Set.copyOf(toScan)) {
            if (toScan.remove(collection)) {
                taken.add(collection);
            }
        }
        return taken;
    }

    /**
     * The collections of the service's mapped documents (Spring Boot registers every
     * {@code @Document} class at start-up) and any written since.
     */
    public Set<String> all(MongoTemplate mongo) {
        Set<String> all = new HashSet<>(writtenAggregates.keySet());
        all.addAll(toScan);
        mongo.getConverter()
            .getMappingContext()
            .getPersistentEntities()
            .stream()
            .filter(entity -> entity.isAnnotationPresent(Document.class))
            .forEach(entity -> all.add(entity.getCollection()));
        return all;
    }

    synchronized boolean fullScanDue(Instant now, Duration interval) {
        if (lastFullScan.plus(interval).isAfter(now)) {
            return false;
        }
        lastFullScan = now;
        return true;
    }

}
