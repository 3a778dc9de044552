package org.communitysafety.benchmarks;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * When each awaited email reached the SMTP server: GreenMail makes a mailbox for each
 * recipient on first mail, so a poller lists its users ({@code GET /api/user}) every
 * {@value #POLL_MILLIS} ms and notes when each awaited address first appears. The time
 * seen is at most one poll late.
 */
final class MailArrivals {

    static final long POLL_MILLIS = 50;

    private final Map<String, Long> awaited = new ConcurrentHashMap<>();

    private final Map<String, Long> arrived = new ConcurrentHashMap<>();

    private volatile boolean running = true;

    private final Thread poller = new Thread(this::poll, "mail-arrivals");

    MailArrivals start() {
        poller.setDaemon(true);
        poller.start();
        return this;
    }

    void await(String email, long writtenAtMillis) {
        awaited.put(email, writtenAtMillis);
    }

    Map<String, Long> awaited() {
        return awaited;
    }

    Map<String, Long> arrived() {
        return arrived;
    }

    int pending() {
        return (int) awaited.keySet().stream().filter(email -> !arrived.containsKey(email)).count();
    }

    void stop() {
        running = false;
    }

    private void poll() {
        while (running) {
            try {
                if (pending() > 0) {
                    Api.Response users = Api.send(java.net.http.HttpRequest
                        .newBuilder(java.net.URI.create(BenchmarkSettings.mailWeb() + "/api/user"))
                        .GET()
                        .build());
                    long now = System.currentTimeMillis();
                    for (String email : Api.fields(users.body(), "email")) {
                        if (awaited.containsKey(email)) {
                            arrived.putIfAbsent(email, now);
                        }
                    }
                }
                Thread.sleep(POLL_MILLIS);
            }
            catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
                return;
            }
            catch (RuntimeException ex) {
                // The mail server answered badly once; the next poll tries again.
            }
        }
    }

}
