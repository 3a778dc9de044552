package org.communitysafety.infra;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PlatformSummaryTests {

    private final LocalPlatformSettings settings = LocalPlatformSettings.from(new Workspace(Path.of("/repo")),
            List.of(), Map.of("platform.gateway.port", "18080")::get, name -> null);

    @Test
    void saysWhereEverythingIsAndHowToStopIt() {
        String summary = PlatformSummary.render(settings, List.of(PlatformService.PARTNERSHIP, PlatformService.GATEWAY),
                Duration.ofMillis(23_400), 4242);

        assertThat(summary).contains("started in 23.4 s")
            .contains("http://localhost:18080")
            .contains("http://localhost:18080/swagger-ui.html")
            .contains("partnership-service", "http://localhost:8081")
            .contains("127.0.0.1:9092", "mongodb://127.0.0.1:27017", "127.0.0.1:3025")
            .contains("http://127.0.0.1:8025/api/user/{email}/messages/INBOX")
            .contains("/repo/.local-platform/logs")
            .contains("Ctrl-C", "kill 4242");
    }

    @Test
    void saysTheServicesWereLeftOutWhenOnlyTheInfrastructureRuns() {
        LocalPlatformSettings infrastructureOnly = LocalPlatformSettings.from(new Workspace(Path.of("/repo")),
                List.of("--infrastructure-only"), name -> null, name -> null);

        String summary = PlatformSummary.render(infrastructureOnly, List.of(), Duration.ofSeconds(6), 1);

        assertThat(summary).contains("Services not started (--infrastructure-only)").doesNotContain("swagger-ui");
    }

}
