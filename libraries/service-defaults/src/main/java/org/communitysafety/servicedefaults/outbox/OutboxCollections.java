package org.communitysafety.servicedefaults.outbox;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Which collections the relay looks in. Every round it looks where this replica has
 * written events; now and then (and at start-up, to finish what a crashed replica left)
 * it looks in every collection. Collections that only hold replicas of other services'
 * data are then not scanned several times a second.
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
