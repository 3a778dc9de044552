package org.communitysafety.infra.endtoend;

import java.io.File;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.communitysafety.localinfrastructure.FreePorts;
import org.communitysafety.localinfrastructure.KafkaNode;
import org.communitysafety.localinfrastructure.MongoWireServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The README's first command runs the launcher as {@code java -cp
 * target/local-platform.jar:target/lib/*} (infra/start-platform.sh), which holds only
 * what the module needs at run time, not the test classpath every other test here runs
 * on. The Kafka node and the store the launcher starts run on that same packaged
 * classpath here, so that a dependency a test-scoped declaration takes out of
 * {@code target/lib} fails the build instead of the platform's start.
 */
class LauncherClasspathEndToEndTests {

    private static final String PACKAGED_CLASSPATH = "target/local-platform.jar" + File.pathSeparator + "target/lib/*";

    @TempDir
    Path data;

    @Test
    void theLaunchersPackagedClasspathRunsTheKafkaNode() throws Exception {
        int broker = FreePorts.next();
        assertServesOnItsPort(broker, KafkaNode.class.getName(), String.valueOf(broker),
                String.valueOf(FreePorts.next()), data.resolve("kafka").toString());
    }

    @Test
    void theLaunchersPackagedClasspathRunsTheStore() throws Exception {
        int store = FreePorts.next();
        assertServesOnItsPort(store, MongoWireServer.class.getName(), String.valueOf(store),
                data.resolve("store.mv.db").toString());
    }

    private void assertServesOnItsPort(int port, String mainClass, String... args) throws Exception {
        assertThat(Path.of("target", "local-platform.jar")).as("the launcher's jar, packaged before this test")
            .exists();
        List<String> command = new ArrayList<>(
                List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx256m", "-cp",
                        PACKAGED_CLASSPATH, mainClass));
        command.addAll(List.of(args));
        Path output = Files.createTempFile(data, "process", ".log");
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile()).start();
        try {
            await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(200)).untilAsserted(() -> {
                assertThat(process.isAlive())
                    .as("%s running on the packaged classpath:%n%s", mainClass, Files.readString(output))
                    .isTrue();
                assertThat(accepts(port)).as("%s listening on %d:%n%s", mainClass, port, Files.readString(output))
                    .isTrue();
            });
        }
        finally {
            process.destroy();
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
    }

    private static boolean accepts(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 500);
            return true;
        }
        catch (IOException refused) {
            return false;
        }
    }

}
