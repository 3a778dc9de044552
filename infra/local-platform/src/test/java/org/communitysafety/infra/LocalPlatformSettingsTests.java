package org.communitysafety.infra;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class LocalPlatformSettingsTests {

    private final Workspace workspace = new Workspace(Path.of("/repo"));

    @Test
    void keepsDataUnderTheRepositoryOnTheUsualPortsByDefault() {
        LocalPlatformSettings settings = settings(List.of(), Map.of(), Map.of());

        assertThat(settings.dataDirectory()).isEqualTo(Path.of("/repo/.local-platform"));
        assertThat(settings.logsDirectory()).isEqualTo(Path.of("/repo/.local-platform/logs"));
        assertThat(settings.infrastructurePorts()).isEqualTo(new InfrastructurePorts(9092, 9093, 27017, 3025, 8025));
        assertThat(settings.servicePorts()).containsEntry(PlatformService.GATEWAY, 8080)
            .containsEntry(PlatformService.PARTNERSHIP, 8081)
            .containsEntry(PlatformService.PRIORITY, 8082)
            .containsEntry(PlatformService.SCRUTINY, 8083)
            .containsEntry(PlatformService.NOTIFICATION, 8084)
            .containsEntry(PlatformService.AUTH_SERVER, 9000);
        assertThat(settings.infrastructureOnly()).isFalse();
    }

    @Test
    void takesPortsAndTheDataDirectoryFromTheEnvironment() {
        LocalPlatformSettings settings = settings(List.of(), Map.of(),
                Map.of("PLATFORM_DATA_DIR", "/elsewhere", "PLATFORM_GATEWAY_PORT", "18080",
                        "PLATFORM_PARTNERSHIP_SERVICE_PORT", "18081", "PLATFORM_KAFKA_CONTROLLER_PORT", "19093",
                        "PLATFORM_MAIL_WEB_PORT", "18025"));

        assertThat(settings.dataDirectory()).isEqualTo(Path.of("/elsewhere"));
        assertThat(settings.servicePorts()).containsEntry(PlatformService.GATEWAY, 18080)
            .containsEntry(PlatformService.PARTNERSHIP, 18081);
        assertThat(settings.infrastructurePorts().kafkaController()).isEqualTo(19093);
        assertThat(settings.infrastructurePorts().mailWeb()).isEqualTo(18025);
    }

    @Test
    void prefersSystemPropertiesToTheEnvironment() {
        LocalPlatformSettings settings = settings(List.of(), Map.of("platform.mongo.port", "37017"),
                Map.of("PLATFORM_MONGO_PORT", "47017"));

        assertThat(settings.infrastructurePorts().mongo()).isEqualTo(37017);
    }

    @Test
    void listsEveryPortItWillTakeByWhatListensThere() {
        LocalPlatformSettings settings = settings(List.of(), Map.of(), Map.of());

        assertThat(settings.portsFor(List.of(PlatformService.GATEWAY))).containsOnly(Map.entry("kafka", 9092),
                Map.entry("kafka-controller", 9093), Map.entry("mongo", 27017), Map.entry("smtp", 3025),
                Map.entry("mail-web", 8025), Map.entry("gateway", 8080));
    }

    @Test
    void findsPortsGivenToMoreThanOnePart() {
        LocalPlatformSettings settings = settings(List.of(), Map.of(),
                Map.of("PLATFORM_KAFKA_CONTROLLER_PORT", "27017", "PLATFORM_GATEWAY_PORT", "8081"));

        assertThat(settings.portClashes(List.of(PlatformService.GATEWAY, PlatformService.PARTNERSHIP))).containsOnly(
                Map.entry(27017, List.of("kafka-controller", "mongo")),
                Map.entry(8081, List.of("gateway", "partnership-service")));
        assertThat(settings(List.of(), Map.of(), Map.of()).portClashes(EnumSet.allOf(PlatformService.class))).isEmpty();
    }

    @Test
    void startsOnlyTheInfrastructureWhenAsked() {
        assertThat(settings(List.of("--infrastructure-only"), Map.of(), Map.of()).infrastructureOnly()).isTrue();
    }

    @Test
    void refusesArgumentsItDoesNotKnow() {
        assertThatIllegalArgumentException().isThrownBy(() -> settings(List.of("--fast"), Map.of(), Map.of()))
            .withMessageContaining("--fast")
            .withMessageContaining("--infrastructure-only");
    }

    private LocalPlatformSettings settings(List<String> args, Map<String, String> properties,
            Map<String, String> environment) {
        return LocalPlatformSettings.from(workspace, args, properties::get, environment::get);
    }

}
