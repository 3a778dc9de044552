package org.communitysafety.infra;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Real child processes that die, as a service or the store does when it crashes. */
class SupervisorTests {

    @TempDir
    Path data;

    private final ByteArrayOutputStream output = new ByteArrayOutputStream();

    private final AtomicBoolean platformStopped = new AtomicBoolean();

    private final Supervisor supervisor = new Supervisor(2, Duration.ofMillis(50),
            new PrintStream(output, true, StandardCharsets.UTF_8), () -> platformStopped.set(true));

    private PlatformProcess process;

    @AfterEach
    void stop() {
        supervisor.stop();
        if (process != null) {
            process.kill();
        }
    }

    @Test
    void restartsAProcessThatDiedAndSaysSo() throws Exception {
        Path marker = data.resolve("started-before");
        // Dies on its first start, as in a crash, and runs on once restarted.
        process = process("store",
                "if [ -e " + marker + " ]; then exec sleep 30; else touch " + marker + "; exit 9; fi");
        supervisor.watch(process);

        await().atMost(Duration.ofSeconds(20)).until(() -> console().contains("store is running again"));

        assertThat(process.isAlive()).isTrue();
        assertThat(console()).contains("store ended unexpectedly (exit code 9)")
            .contains("Restarting store in 50 ms (restart 1 of 2)");
        assertThat(platformStopped).isFalse();
    }

    @Test
    void stopsThePlatformSayingWhyWhenAProcessKeepsDying() {
        process = process("gateway", "echo 'Port 8080 was already in use'; exit 1");
        supervisor.watch(process);

        await().atMost(Duration.ofSeconds(20)).untilTrue(platformStopped);

        assertThat(supervisor.restartsOf("gateway")).isEqualTo(2);
        assertThat(console()).contains("Restarting gateway in 50 ms (restart 1 of 2)")
            .contains("Restarting gateway in 100 ms (restart 2 of 2)")
            .contains("gateway ended 3 times; not restarting it again. Stopping the platform.")
            .contains("Port 8080 was already in use");
    }

    @Test
    void leavesAProcessStoppedOnPurposeAlone() throws Exception {
        process = process("smtp", "exec sleep 30");
        supervisor.watch(process);

        process.stop(Duration.ofSeconds(5));

        assertThat(supervisor.restartsOf("smtp")).isZero();
        assertThat(Files.exists(data.resolve("smtp.log"))).isTrue();
        assertThat(console()).doesNotContain("ended unexpectedly");
    }

    private PlatformProcess process(String name, String script) {
        ProcessSpec spec = new ProcessSpec(name, List.of("sh", "-c", script), Map.of(), HealthCheck.allOf(),
                Duration.ofSeconds(10));
        return new PlatformProcess(spec, data.resolve(name + ".log")).start();
    }

    private String console() {
        return output.toString(StandardCharsets.UTF_8);
    }

}
