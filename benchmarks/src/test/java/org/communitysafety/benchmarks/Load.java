package org.communitysafety.benchmarks;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import io.gatling.javaapi.http.HttpRequestActionBuilder;

import static io.gatling.javaapi.core.CoreDsl.doIf;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.responseTimeInMillis;
import static io.gatling.javaapi.http.HttpDsl.http;

/**
 * What the simulations share: one HTTP client set-up, and requests whose answers are
 * recorded.
 */
final class Load {

    private static final String STARTED = "startedAtNanos";

    private static final String LATENCY = "latencyMillis";

    private Load() {
    }

    /**
     * Like a busy API client: connections kept alive and shared by the virtual users, no
     * cache, and no warm-up call to a host outside this machine.
     */
    static HttpProtocolBuilder protocol() {
        return http.shareConnections()
            .disableCaching()
            .disableWarmUp()
            .acceptHeader("application/json")
            .contentTypeHeader("application/json");
    }

    /**
     * The request, with its latency as Gatling measured it and whether its checks passed
     * recorded under each label. A request that got no answer is recorded as failed with
     * the time it waited.
     */
    static ChainBuilder timed(HttpRequestActionBuilder request, String... labels) {
        return exec(session -> session.set(STARTED, System.nanoTime()))
            .exec(request.check(responseTimeInMillis().saveAs(LATENCY)))
            .exec(session -> {
                long latency = session.contains(LATENCY) ? ((Number) session.get(LATENCY)).longValue()
                        : (System.nanoTime() - session.getLong(STARTED)) / 1_000_000;
                for (String label : labels) {
                    Samples.record(label, System.currentTimeMillis(), latency, !session.isFailed());
                }
                return session;
            });
    }

    /**
     * {@link #timed} as long as fewer than {@code bound} requests of the first label are
     * unanswered; once more are, the later arrivals of that label are not sent (see
     * {@link Backlog}).
     */
    static ChainBuilder bounded(int bound, HttpRequestActionBuilder request, String... labels) {
        String label = labels[0];
        return doIf(session -> !Backlog.stopped(label)).then(exec(session -> {
            Backlog.sent(label, bound);
            return session;
        }).exec(timed(request, labels)).exec(session -> {
            Backlog.answered(label);
            return session;
        }));
    }

    static String bearer(String token) {
        return "Bearer " + token;
    }

}
