package org.communitysafety.infra.endtoend;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import org.communitysafety.infra.ClassDataSharing;
import org.communitysafety.infra.HealthCheck;
import org.communitysafety.infra.JavaCommand;
import org.communitysafety.infra.PlatformService;
import org.communitysafety.infra.Workspace;
import org.communitysafety.localinfrastructure.FreePorts;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The launcher's class data sharing on a real Spring Boot application, the development
 * token issuer (it needs neither Kafka nor the store): the training run makes an archive,
 * a start that insists on it ({@code -Xshare:on}, which ends the JVM if the archive does
 * not fit) becomes healthy and loads Spring's classes from it, and a jar that changed
 * makes the archive stale while one only written again does not.
 */
class ClassDataSharingEndToEndTests {

    private static final PlatformService ISSUER = PlatformService.AUTH_SERVER;

    /** One training run for the class: it takes about as long as a start. */
    @TempDir
    static Path directory;

    private static Path jar;

    private static ClassDataSharing archives;

    private static final StringBuilder report = new StringBuilder();

    private static List<PlatformService> notMade;

    @BeforeAll
    static void makeTheIssuersArchive() throws IOException {
        Path built = Workspace.locate().serviceJar(ISSUER);
        assertThat(built).as("the issuer's jar, packaged before this test").exists();
        // A copy, so that the test can change it without touching the build's jar.
        jar = Files.copy(built, directory.resolve(built.getFileName()), StandardCopyOption.COPY_ATTRIBUTES);
        archives = new ClassDataSharing(service -> directory.resolve("cds"), service -> jar,
                service -> JavaCommand.SERVICE.with("-Xshare:on"));
        notMade = archives.prepare(List.of(ISSUER), service -> environment(FreePorts.next()), report);
    }

    @Test
    void theTrainingRunMakesAnArchiveForTheJar() throws IOException {
        assertThat(notMade).as(report.toString()).isEmpty();
        assertThat(archives.isCurrent(ISSUER)).isTrue();
        assertThat(Files.size(archives.archive(ISSUER))).as("archive size").isGreaterThan(1024 * 1024);
        assertThat(report).contains("auth-server: archive made");
    }

    @Test
    void theApplicationStartsFromTheArchiveAndLoadsSpringFromIt() throws Exception {
        int port = FreePorts.next();
        Path classLoading = directory.resolve("class-load.log");
        Path output = directory.resolve("issuer.log");
        List<String> command = new ArrayList<>(archives.command(ISSUER));
        assertThat(command).contains("-XX:SharedArchiveFile=" + archives.archive(ISSUER));
        command.add(command.indexOf("-jar"), "-Xlog:class+load=info:file=" + classLoading);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile());
        builder.environment().putAll(environment(port));
        Process issuer = builder.start();
        try {
            await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(250)).untilAsserted(() -> {
                assertThat(issuer.isAlive()).as("the issuer, started on its archive:%n%s", Files.readString(output))
                    .isTrue();
                assertThat(HealthCheck.httpOk("http://127.0.0.1:" + port + "/actuator/health").passes()).isTrue();
            });
            assertThat(Files.readAllLines(classLoading)).anySatisfy(line -> assertThat(line)
                .contains("org.springframework.boot.SpringApplication source: shared objects file (top)"));
        }
        finally {
            issuer.destroy();
            if (!issuer.waitFor(20, TimeUnit.SECONDS)) {
                issuer.destroyForcibly();
            }
        }
    }

    @Test
    void aJarWrittenAgainUnchangedKeepsItsArchiveAndAChangedOneDoesNot() throws IOException {
        Path copy = directory.resolve("changed").resolve(jar.getFileName());
        Files.createDirectories(copy.getParent());
        Files.copy(jar, copy);
        ClassDataSharing sameArchive = new ClassDataSharing(service -> directory.resolve("cds"), service -> copy,
                service -> JavaCommand.SERVICE.with("-Xshare:on"));
        Files.setLastModifiedTime(copy, FileTime.from(Instant.now().plusSeconds(60)));
        assertThat(sameArchive.isCurrent(ISSUER)).as("the same bytes, written again").isTrue();

        byte[] other = new byte[(int) Files.size(copy)];
        new Random(7).nextBytes(other);
        Files.write(copy, other);
        assertThat(sameArchive.isCurrent(ISSUER)).as("another jar of the same size").isFalse();
        assertThat(sameArchive.command(ISSUER)).as("a stale archive is not used")
            .noneMatch(part -> part.startsWith("-XX:SharedArchiveFile"))
            .contains(copy.toString());

        ClassDataSharing otherOptions = new ClassDataSharing(service -> directory.resolve("cds"), service -> jar,
                service -> JavaCommand.SERVICE);
        assertThat(otherOptions.isCurrent(ISSUER)).as("an archive made with other JVM options").isFalse();
    }

    @Test
    void aJarThatCannotBeTrainedStartsFromTheJarAndSaysWhy() throws IOException {
        Path broken = directory.resolve("broken").resolve(jar.getFileName());
        Files.createDirectories(broken.getParent());
        Files.writeString(broken, "not a Spring Boot jar");
        ClassDataSharing archivesOfBroken = new ClassDataSharing(service -> directory.resolve("broken-cds"),
                service -> broken, service -> JavaCommand.SERVICE);
        StringBuilder said = new StringBuilder();

        assertThat(archivesOfBroken.prepare(List.of(ISSUER), service -> environment(FreePorts.next()), said))
            .containsExactly(ISSUER);
        assertThat(said).contains("auth-server: no archive, it starts from its jar");
        assertThat(archivesOfBroken.isCurrent(ISSUER)).isFalse();
        assertThat(archivesOfBroken.command(ISSUER)).noneMatch(part -> part.startsWith("-XX:SharedArchiveFile"))
            .endsWith("-jar", broken.toString());
    }

    private static Map<String, String> environment(int port) {
        String issuer = "http://127.0.0.1:" + port;
        return Map.of("SERVER_PORT", String.valueOf(port), "AUTH_ISSUER", issuer, "AUTH_DATA_DIR",
                directory.resolve("auth-data").toString());
    }

}
