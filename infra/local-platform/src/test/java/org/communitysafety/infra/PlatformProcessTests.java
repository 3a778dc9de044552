package org.communitysafety.infra;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.communitysafety.localinfrastructure.FreePorts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.awaitility.Awaitility.await;

class PlatformProcessTests {

    @TempDir
    Path logs;

    @Test
    void givesUpAtTheTimeoutNamingTheProcessWhatWasCheckedAndHowItsLogEnds() {
        int nobodyListens = FreePorts.next();
        PlatformProcess process = process("slow-service", "echo warming up; exec sleep 30",
                HealthCheck.portOpen(nobodyListens), Duration.ofMillis(600));

        try {
            assertThatExceptionOfType(PlatformStartupException.class).isThrownBy(process::awaitHealthy)
                .withMessageContaining("slow-service did not become healthy within 600 ms")
                .withMessageContaining("port 127.0.0.1:" + nobodyListens + " open")
                .withMessageContaining(logs.resolve("slow-service.log").toString())
                .withMessageContaining("warming up");
        }
        finally {
            process.kill();
        }
    }

    @Test
    void reportsAProcessThatDiesBeforeItIsHealthyWithoutWaitingForTheTimeout() {
        PlatformProcess process = process("broken-service", "echo 'Port 8081 was already in use'; exit 3",
                HealthCheck.portOpen(FreePorts.next()), Duration.ofMinutes(5));

        assertThatExceptionOfType(PlatformStartupException.class).isThrownBy(process::awaitHealthy)
            .withMessageContaining("broken-service exited with code 3 before it became healthy")
            .withMessageContaining("Port 8081 was already in use");
    }

    @Test
    void returnsOnceTheHealthCheckPasses() throws IOException {
        try (ServerSocket listening = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            PlatformProcess process = process("ready-service", "exec sleep 30",
                    HealthCheck.portOpen(listening.getLocalPort()), Duration.ofSeconds(10));

            process.awaitHealthy();

            assertThat(process.isAlive()).isTrue();
            process.stop(Duration.ofSeconds(5));
            assertThat(process.isAlive()).isFalse();
            assertThat(process.stopRequested()).isTrue();
        }
    }

    @Test
    void killsAProcessThatIgnoresTheStopSignalOnceTheGracePeriodIsOver() {
        PlatformProcess process = process("stubborn-service",
                "trap 'echo ignoring TERM' TERM; echo trapped; while :; do sleep 0.1; done",
                HealthCheck.portOpen(FreePorts.next()), Duration.ofSeconds(10));
        await().until(() -> Files.readString(process.logFile()).contains("trapped"));

        process.stop(Duration.ofMillis(500));

        assertThat(process.isAlive()).isFalse();
        assertThat(process.exitCode()).hasValue(137);
        await().until(() -> Files.readString(process.logFile()).contains("ignoring TERM"));
    }

    @Test
    void startsAgainOnTheSameSpecAfterBeingKilledKeepingOneLog() throws IOException {
        PlatformProcess process = process("restarted-service", "echo started; exec sleep 30",
                HealthCheck.portOpen(FreePorts.next()), Duration.ofSeconds(10));
        process.kill();
        assertThat(process.isAlive()).isFalse();

        process.start();

        assertThat(process.isAlive()).isTrue();
        process.kill();
        await().until(() -> Files.readString(process.logFile()).split("==== starting restarted-service").length == 3);
        assertThat(Files.readString(process.logFile())).contains("started");
    }

    private PlatformProcess process(String name, String script, HealthCheck health, Duration timeout) {
        ProcessSpec spec = new ProcessSpec(name, List.of("sh", "-c", script), Map.of(), health, timeout);
        return new PlatformProcess(spec, logs.resolve(name + ".log")).start();
    }

}
