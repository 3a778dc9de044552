package org.communitysafety.infra.endtoend;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.communitysafety.infra.InfrastructureAddresses;
import org.communitysafety.infra.PlatformService;
import org.communitysafety.infra.ServiceProcesses;
import org.communitysafety.infra.Workspace;
import org.communitysafety.localinfrastructure.MongoWireServer;
import org.communitysafety.testkit.ApiClient;
import org.communitysafety.testkit.PlatformInfrastructure;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A store outage as an agency meets it through the gateway: partnership-service's MongoDB
 * goes away while the service keeps running. Every call is answered with a 503 problem
 * naming the service, never a 500; the gateway's breaker for the service opens on those
 * 503s and answers for it; and once the store returns, calls succeed again without
 * restarting anything. The auth server, partnership-service and the gateway run as
 * processes of their own here, on a store of this test's own, so that stopping it
 * disturbs no other test. The times are printed, not asserted.
 */
class StoreOutageEndToEndTests {

    private static final MongoWireServer store = MongoWireServer.inMemory().start();

    private static ServiceProcesses services;

    private static ApiClient administrator;

    private static ApiClient gateway;

    @BeforeAll
    static void startAGatewayInFrontOfPartnershipServiceOnItsOwnStore() throws IOException {
        PlatformInfrastructure infrastructure = PlatformInfrastructure.shared();
        String database = store.connectionString("");
        InfrastructureAddresses addresses = new InfrastructureAddresses(infrastructure.kafkaBootstrapServers(),
                database.substring(0, database.length() - 1), infrastructure.smtpHost(), infrastructure.smtpPort());
        Path logs = Files.createDirectories(Path.of("target", "end-to-end-logs", "store-outage"));
        services = ServiceProcesses.onFreePorts(Workspace.locate(), addresses, logs)
            // Half-open sooner than the default 10 s, so that recovery is seen in
            // seconds.
            .withEnvironment(PlatformService.GATEWAY, "BREAKER_OPEN_FOR", "2s");
        services.start(PlatformService.AUTH_SERVER, PlatformService.PARTNERSHIP, PlatformService.GATEWAY);
        gateway = ApiClient.at(services.baseUrl(PlatformService.GATEWAY));
        administrator = gateway.withToken(
                RunningPlatform.tokenFrom(services.baseUrl(PlatformService.AUTH_SERVER), Registry.ADMINISTRATOR));
    }

    @AfterAll
    static void stopEverything() {
        if (services != null) {
            services.close();
        }
        store.close();
    }

    @Test
    void answersA503NamingTheServiceThroughTheGatewayWhileTheStoreIsDownAndRecoversWhenItReturns() {
        assertThat(administrator.get("/api/v1/organisations").status()).isEqualTo(200);

        store.close();
        try {
            for (int call = 0; call < 12; call++) {
                long started = System.nanoTime();
                ApiClient.Response read = administrator.get("/api/v1/organisations");
                ApiClient.Response write = administrator.post("/api/v1/organisations",
                        Map.of("code", "outage-" + call, "name", "Written during the outage", "type", "POLICE",
                                "responsibleAuthority", true, "areas", List.of("E10000021")));
                System.out.printf("store outage through the gateway: read %d, write %d, both in %d ms%n", read.status(),
                        write.status(), (System.nanoTime() - started) / 1_000_000);

                assertUnavailable(read);
                assertUnavailable(write);
            }
            await().atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(gateway.get("/actuator/prometheus").body())
                    .contains("resilience4j_circuitbreaker_state{group=\"partnership-service\","
                            + "name=\"partnership-service\",state=\"open\"} 1.0"));
        }
        finally {
            store.start();
        }

        long returned = System.nanoTime();
        await().atMost(Duration.ofSeconds(60))
            .pollInterval(Duration.ofMillis(200))
            .until(() -> administrator.get("/api/v1/organisations").status() == 200);
        System.out.printf("store outage through the gateway: reads answered again %d ms after the store returned%n",
                (System.nanoTime() - returned) / 1_000_000);
        assertThat(administrator.get("/api/v1/organisations?size=100").json().get("items").toString())
            .as("nothing written during the outage")
            .doesNotContain("outage-");
        // Half-open, the breaker closes after a few calls the service answers again.
        await().atMost(Duration.ofSeconds(30))
            .pollInterval(Duration.ofMillis(200))
            .until(() -> administrator.get("/api/v1/organisations").status() == 200
                    && gateway.get("/actuator/prometheus")
                        .body()
                        .contains("resilience4j_circuitbreaker_state{group=\"partnership-service\","
                                + "name=\"partnership-service\",state=\"closed\"} 1.0"));
    }

    private static void assertUnavailable(ApiClient.Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(503);
        assertThat(response.isProblem()).as(response.toString()).isTrue();
        assertThat(response.json().get("detail").asString()).as(response.toString()).contains("partnership-service");
        assertThat(response.body()).doesNotContain("Exception");
    }

}
