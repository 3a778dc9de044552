package org.communitysafety.infra;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.communitysafety.infra.PlatformService.AUTH_SERVER;
import static org.communitysafety.infra.PlatformService.GATEWAY;
import static org.communitysafety.infra.PlatformService.NOTIFICATION;
import static org.communitysafety.infra.PlatformService.PARTNERSHIP;
import static org.communitysafety.infra.PlatformService.PRIORITY;
import static org.communitysafety.infra.PlatformService.SCRUTINY;

/**
 * The harness with stand-in jars of one JDK-only class in place of the services, so that
 * it is checked here without the real ones; those are the end-to-end suite's business.
 */
class ServiceProcessesTests {

    private final InfrastructureAddresses infrastructure = new InfrastructureAddresses("127.0.0.1:19092",
            "mongodb://127.0.0.1:37017", "127.0.0.1", 13025);

    @TempDir
    Path repository;

    @Test
    void refusesToStartARequiredServiceThatHasNotBeenBuiltNamingTheJarAndTheBuildCommand() {
        try (ServiceProcesses services = ServiceProcesses.onFreePorts(new Workspace(repository), infrastructure,
                logs())) {
            assertThatExceptionOfType(PlatformStartupException.class)
                .isThrownBy(() -> services.start(PARTNERSHIP, GATEWAY))
                .withMessageContaining("partnership-service: no jar at "
                        + repository.resolve("partnership-service/target/partnership-service.jar"))
                .withMessageContaining("gateway: no jar at")
                .withMessageContaining("./mvnw -q -B -pl partnership-service -am package -DskipTests");
            assertThat(services.isRunning(PARTNERSHIP)).isFalse();
        }
    }

    @Test
    void listsTheServicesWhoseJarsAreMissing() throws IOException {
        Path built = new Workspace(repository).serviceJar(PRIORITY);
        Files.createDirectories(built.getParent());
        Files.createFile(built);
        ServiceProcesses services = ServiceProcesses.onFreePorts(new Workspace(repository), infrastructure, logs());

        assertThat(services.missingJars(EnumSet.allOf(PlatformService.class))).containsExactly(AUTH_SERVER, PARTNERSHIP,
                SCRUTINY, NOTIFICATION, GATEWAY);
    }

    @Test
    void givesEveryServiceADistinctFreePortItKeeps() {
        ServiceProcesses services = ServiceProcesses.onFreePorts(new Workspace(repository), infrastructure, logs());

        assertThat(Arrays.stream(PlatformService.values()).map(services::port).distinct()).hasSize(6);
        assertThat(services.baseUrl(GATEWAY)).isEqualTo("http://127.0.0.1:" + services.port(GATEWAY));
        assertThat(services.logFile(SCRUTINY)).isEqualTo(repository.resolve("logs/scrutiny-service.log"));
    }

    @Test
    void startsTheChosenServicesWithTheirEnvironmentAndRestartsAKilledOneOnTheSamePort() throws Exception {
        Workspace workspace = new Workspace(repository);
        standInJars(workspace, PARTNERSHIP, GATEWAY);
        try (ServiceProcesses services = ServiceProcesses.onFreePorts(workspace, infrastructure, logs())) {
            assertThat(services.start(GATEWAY, PARTNERSHIP)).containsExactly(PARTNERSHIP, GATEWAY);
            assertThat(get(services.baseUrl(GATEWAY) + "/env"))
                .contains("PARTNERSHIP_SERVICE_URL=" + services.baseUrl(PARTNERSHIP));
            assertThat(get(services.baseUrl(PARTNERSHIP) + "/env"))
                .contains("MONGODB_URI=mongodb://127.0.0.1:37017/partnership")
                .contains("KAFKA_BOOTSTRAP_SERVERS=127.0.0.1:19092");
            int port = services.port(PARTNERSHIP);

            services.kill(PARTNERSHIP);
            assertThat(services.isRunning(PARTNERSHIP)).isFalse();
            assertThat(services.process(PARTNERSHIP).orElseThrow().exitCode()).hasValue(137);
            services.restart(PARTNERSHIP);

            assertThat(services.port(PARTNERSHIP)).isEqualTo(port);
            assertThat(get(services.baseUrl(PARTNERSHIP) + "/actuator/health")).contains("UP");
            services.close();
            assertThat(services.isRunning(GATEWAY)).isFalse();
            assertThat(services.isRunning(PARTNERSHIP)).isFalse();
        }
    }

    private Path logs() {
        return repository.resolve("logs");
    }

    private static void standInJars(Workspace workspace, PlatformService... services) throws IOException {
        String entry = StandInService.class.getName().replace('.', '/') + ".class";
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, StandInService.class.getName());
        for (PlatformService service : services) {
            Path jar = workspace.serviceJar(service);
            Files.createDirectories(jar.getParent());
            try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar), manifest);
                    InputStream classFile = StandInService.class.getClassLoader().getResourceAsStream(entry)) {
                out.putNextEntry(new JarEntry(entry));
                classFile.transferTo(out);
                out.closeEntry();
            }
        }
    }

    private static String get(String url) throws IOException, InterruptedException {
        return HttpClient.newHttpClient()
            .send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString())
            .body();
    }

}
