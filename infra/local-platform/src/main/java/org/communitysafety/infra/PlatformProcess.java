package org.communitysafety.infra;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.OptionalInt;
import java.util.concurrent.TimeUnit;

/**
 * One running part of the platform as an operating-system process, its output appended to
 * its own log file. It can be started again on the same spec (same port, same data) after
 * it was stopped or killed.
 */
public final class PlatformProcess {

    private static final int LOG_TAIL_LINES = 40;

    private final ProcessSpec spec;

    private final Path logFile;

    private volatile Process process;

    private volatile Instant startedAt;

    private volatile boolean stopRequested;

    public PlatformProcess(ProcessSpec spec, Path logFile) {
        this.spec = spec;
        this.logFile = logFile;
    }

    public synchronized PlatformProcess start() {
        if (isAlive()) {
            return this;
        }
        try {
            Files.createDirectories(logFile.getParent());
            Files.writeString(logFile,
                    "%n==== starting %s at %s: %s%n".formatted(spec.name(), Instant.now(),
                            String.join(" ", spec.command())),
                    StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            ProcessBuilder builder = new ProcessBuilder(spec.command()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()));
            builder.environment().putAll(spec.environment());
            stopRequested = false;
            startedAt = Instant.now();
            process = builder.start();
            return this;
        }
        catch (IOException ex) {
            throw new PlatformStartupException("Cannot start " + spec.name() + " (" + spec.command() + ")", ex);
        }
    }

    /**
     * Blocks until the health check passes; fails naming this process if it dies or takes
     * too long.
     */
    public PlatformProcess awaitHealthy() {
        HealthWait.until(this);
        return this;
    }

    /** SIGTERM, then SIGKILL if it has not ended within the grace period. */
    public void stop(Duration grace) {
        signalStop();
        awaitExit(grace);
    }

    /**
     * SIGKILL: the process ends at once, as in a crash, without running its shutdown
     * hooks.
     */
    public void kill() {
        Process current = process;
        if (current != null) {
            stopRequested = true;
            current.destroyForcibly();
            waitQuietly(current, Duration.ofSeconds(10));
        }
    }

    /**
     * Stops several processes at once: all are signalled first, so their shutdowns
     * overlap.
     */
    public static void stopAll(List<PlatformProcess> processes, Duration grace) {
        processes.forEach(PlatformProcess::signalStop);
        processes.forEach(process -> process.awaitExit(grace));
    }

    public boolean isAlive() {
        Process current = process;
        return current != null && current.isAlive();
    }

    /**
     * True while the end of the process, if it comes, was asked for by the platform
     * rather than a failure.
     */
    public boolean stopRequested() {
        return stopRequested;
    }

    public OptionalInt exitCode() {
        Process current = process;
        return current == null || current.isAlive() ? OptionalInt.empty() : OptionalInt.of(current.exitValue());
    }

    public String name() {
        return spec.name();
    }

    public ProcessSpec spec() {
        return spec;
    }

    public Path logFile() {
        return logFile;
    }

    public Instant startedAt() {
        return startedAt;
    }

    public String logTail() {
        return LogTail.of(logFile, LOG_TAIL_LINES);
    }

    /** Runs the action when this start of the process ends, whatever ended it. */
    public void whenExited(Runnable action) {
        Process current = process;
        if (current != null) {
            current.onExit().thenRun(action);
        }
    }

    private void signalStop() {
        Process current = process;
        if (current != null && current.isAlive()) {
            stopRequested = true;
            current.destroy();
        }
    }

    private void awaitExit(Duration grace) {
        Process current = process;
        if (current != null && !waitQuietly(current, grace)) {
            current.destroyForcibly();
            waitQuietly(current, Duration.ofSeconds(10));
        }
    }

    private static boolean waitQuietly(Process process, Duration timeout) {
        try {
            return process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            return !process.isAlive();
        }
    }

}
