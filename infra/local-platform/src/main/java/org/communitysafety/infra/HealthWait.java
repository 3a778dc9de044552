package org.communitysafety.infra;

import java.time.Duration;
import java.time.Instant;

/**
 * Waits for a started process to pass its health check. Gives up as soon as the process
 * dies, rather than at the timeout, and says which process failed, what was checked and
 * how its log ends.
 */
final class HealthWait {

    private static final Duration POLL_INTERVAL = Duration.ofMillis(200);

    private HealthWait() {
    }

    static void until(PlatformProcess process) {
        ProcessSpec spec = process.spec();
        Instant deadline = process.startedAt().plus(spec.startupTimeout());
        while (!spec.health().passes()) {
            if (!process.isAlive()) {
                throw failure(process, process.stopRequested() ? "was stopped before it became healthy"
                        : "exited with code " + process.exitCode().orElse(-1) + " before it became healthy");
            }
            if (Instant.now().isAfter(deadline)) {
                throw failure(process, "did not become healthy within " + readable(spec.startupTimeout()));
            }
            pause();
        }
    }

    private static PlatformStartupException failure(PlatformProcess process, String what) {
        return new PlatformStartupException("%s %s (waited for %s). Last lines of %s:%n%s".formatted(process.name(),
                what, process.spec().health().description(), process.logFile(), process.logTail()));
    }

    private static String readable(Duration duration) {
        return duration.toMillis() % 1000 == 0 ? duration.toSeconds() + " s" : duration.toMillis() + " ms";
    }

    private static void pause() {
        try {
            Thread.sleep(POLL_INTERVAL.toMillis());
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new PlatformStartupException("Interrupted while waiting for the platform to start");
        }
    }

}
