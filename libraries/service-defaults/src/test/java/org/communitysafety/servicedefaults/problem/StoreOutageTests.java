package org.communitysafety.servicedefaults.problem;

import java.time.Duration;
import java.util.Map;

import org.communitysafety.localinfrastructure.MongoWireServer;
import org.communitysafety.servicedefaults.sample.SampleApplication;
import org.communitysafety.testkit.ApiClient;
import org.communitysafety.testkit.PlatformInfrastructure;
import org.communitysafety.testkit.TestTokens;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A service whose database goes away: requests that need it are answered 503 as a problem
 * naming the service, never 500; readiness goes down; and both recover once the store
 * returns, without restarting the service. The store here is a wire server of the test's
 * own, so that stopping it disturbs no other test.
 */
@SpringBootTest(classes = SampleApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class StoreOutageTests {

    private static final MongoWireServer store = MongoWireServer.inMemory().start();

    @LocalServerPort
    int port;

    private ApiClient police;

    private ApiClient service;

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        PlatformInfrastructure infrastructure = PlatformInfrastructure.shared();
        registry.add("spring.mongodb.uri", () -> store.connectionString("sample"));
        registry.add("spring.kafka.bootstrap-servers", infrastructure::kafkaBootstrapServers);
        registry.add("platform.security.jwk-set-uri", () -> TestTokens.shared().jwkSetUri());
        registry.add("platform.security.issuer", () -> TestTokens.shared().issuer());
    }

    @AfterAll
    static void stopStore() {
        store.close();
    }

    @BeforeEach
    void setUp() {
        service = ApiClient.at("http://127.0.0.1:" + port);
        police = service.withToken(TestTokens.shared().forOrganisation("northamptonshire-police", "AGENCY"));
    }

    @Test
    void answers503NamingTheServiceWhileTheStoreIsDownAndRecoversWhenItReturns() {
        assertThat(police.post("/api/v1/ledgers", Map.of("note", "before")).status()).isEqualTo(201);

        store.close();
        try {
            for (int attempt = 0; attempt < 3; attempt++) {
                long started = System.nanoTime();
                ApiClient.Response refused = police.post("/api/v1/ledgers", Map.of("note", "during"));
                long millis = (System.nanoTime() - started) / 1_000_000;
                System.out.printf("store outage: answered %d in %d ms%n", refused.status(), millis);

                assertThat(refused.status()).as(refused.toString()).isEqualTo(503);
                assertThat(refused.isProblem()).isTrue();
                assertThat(refused.header("Retry-After")).isPresent();
                assertThat(refused.json().get("detail").asString()).contains("sample-service")
                    .contains("the store is unavailable");
                assertThat(refused.body()).doesNotContain("Exception");
            }
            await().atMost(Duration.ofSeconds(20))
                .until(() -> service.get("/actuator/health/readiness").status() == 503);
        }
        finally {
            store.start();
        }

        long returned = System.nanoTime();
        await().atMost(Duration.ofSeconds(30))
            .pollInterval(Duration.ofMillis(100))
            .until(() -> police.post("/api/v1/ledgers", Map.of("note", "after")).status() == 201);
        System.out.printf("store outage: writes accepted again %d ms after the store returned%n",
                (System.nanoTime() - returned) / 1_000_000);
        await().atMost(Duration.ofSeconds(30)).until(() -> service.get("/actuator/health/readiness").status() == 200);
    }

}
