package org.communitysafety.infra;

import java.io.PrintStream;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Keeps the platform's processes running. One that ends unexpectedly is started again on
 * the same spec (same port, same data) after a back-off that doubles with each restart,
 * and the console says so; one that keeps ending, more than {@code maxRestarts} times, is
 * not restarted again and the platform is stopped instead, saying why, rather than run on
 * with a part missing. A crash loop (a port taken, a corrupt file) then ends in seconds
 * with its log on the console, and a one-off crash heals by itself.
 */
final class Supervisor {

    private final int maxRestarts;

    private final Duration firstBackoff;

    private final PrintStream console;

    private final Runnable stopPlatform;

    private final Map<String, Integer> restarts = new ConcurrentHashMap<>();

    private final ScheduledExecutorService restarter = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "local-platform-supervisor");
        thread.setDaemon(true);
        return thread;
    });

    private volatile boolean stopping;

    Supervisor(int maxRestarts, Duration firstBackoff, PrintStream console, Runnable stopPlatform) {
        this.maxRestarts = maxRestarts;
        this.firstBackoff = firstBackoff;
        this.console = console;
        this.stopPlatform = stopPlatform;
    }

    void watch(PlatformProcess process) {
        process.whenExited(() -> ended(process));
    }

    /** No more restarts: the platform is stopping on purpose. */
    void stop() {
        stopping = true;
        restarter.shutdownNow();
    }

    int restartsOf(String name) {
        return restarts.getOrDefault(name, 0);
    }

    private void ended(PlatformProcess process) {
        if (stopping || process.stopRequested()) {
            return;
        }
        int done = restartsOf(process.name());
        console.printf("%n%s ended unexpectedly (exit code %d). Last lines of %s:%n%s%n", process.name(),
                process.exitCode().orElse(-1), process.logFile(), process.logTail());
        if (done >= maxRestarts) {
            console.printf("%s ended %d times; not restarting it again. Stopping the platform.%n", process.name(),
                    done + 1);
            stopping = true;
            new Thread(stopPlatform, "local-platform-give-up").start();
            return;
        }
        Duration backoff = firstBackoff.multipliedBy(1L << done);
        restarts.put(process.name(), done + 1);
        console.printf("Restarting %s in %d ms (restart %d of %d)%n", process.name(), backoff.toMillis(), done + 1,
                maxRestarts);
        restarter.schedule(() -> restart(process), backoff.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void restart(PlatformProcess process) {
        if (stopping) {
            return;
        }
        process.start();
        // Watched before it is healthy, so that dying while it starts counts as ending
        // again.
        watch(process);
        try {
            process.awaitHealthy();
            console.printf("%s is running again%n", process.name());
        }
        catch (PlatformStartupException ex) {
            if (process.isAlive()) {
                // Started but never healthy: ended here, and handled as any other end.
                process.kill();
                ended(process);
            }
        }
    }

}
