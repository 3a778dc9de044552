package org.communitysafety.servicedefaults.outbox;

import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * Which collections the relay looks in. Every round it looks where this replica has
 * written events; now and then (and at start-up, to finish what a crashed replica left)
 * it looks in every collection of the service's documents. Collections that only hold
 * replicas of other services' data are then not scanned several times a second, and the
 * platform's own collections (history, processed events, idempotency keys), which are not
 * mapped documents and never hold an outbox, never.
 */
public class OutboxCollections {

    private final Set<String> written = ConcurrentHashMap.newKeySet();

    private Instant lastFullScan = Instant.MIN;

    void written(String collection) {
        written.add(collection);
    }

    void drained(String collection) {
        written.remove(collection);
    }

    /**
     * The collections of the service's mapped documents (Spring Boot registers every
     * {@code @Document} class at start-up) and any written since.
     */
    public Set<String> all(MongoTemplate mongo) {
        Set<String> all = new HashSet<>(written);
        mongo.getConverter()
            .getMappingContext()
            .getPersistentEntities()
            .stream()
            .filter(entity -> entity.isAnnotationPresent(Document.class))
            .forEach(entity -> all.add(entity.getCollection()));
        return all;
    }

    Set<String> recentlyWritten() {
        return Set.copyOf(written);
    }

    synchronized boolean fullScanDue(Instant now, Duration interval) {
        if (lastFullScan.plus(interval).isAfter(now)) {
            return false;
        }
        lastFullScan = now;
        return true;
    }

}
