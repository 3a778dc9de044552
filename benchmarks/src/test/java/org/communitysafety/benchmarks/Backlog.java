package org.communitysafety.benchmarks;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Requests sent and not yet answered, by label, and a stop once there are too many. An
 * open workload does not slow down when the target does, so past saturation the
 * unanswered requests pile up without bound, and the pile (thousands of connections, all
 * of the target's threads) outlasts the phase and spoils the next one. Once a label's
 * pile passes its bound, its later arrivals are not sent: the phase has found its
 * saturation, and the rest of it lets the target recover.
 */
final class Backlog {

    private static final Map<String, AtomicInteger> IN_FLIGHT = new ConcurrentHashMap<>();

    private static final Map<String, AtomicBoolean> STOPPED = new ConcurrentHashMap<>();

    private Backlog() {
    }

    static boolean stopped(String label) {
        return STOPPED.computeIfAbsent(label, any -> new AtomicBoolean()).get();
    }

    static void sent(String label, int bound) {
        if (IN_FLIGHT.computeIfAbsent(label, any -> new AtomicInteger()).incrementAndGet() > bound) {
            STOPPED.computeIfAbsent(label, any -> new AtomicBoolean()).set(true);
        }
    }

    static void answered(String label) {
        IN_FLIGHT.computeIfAbsent(label, any -> new AtomicInteger()).decrementAndGet();
    }

}
