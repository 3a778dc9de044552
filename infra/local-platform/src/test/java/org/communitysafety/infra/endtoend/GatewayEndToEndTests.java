package org.communitysafety.infra.endtoend;

import java.time.Duration;
import java.util.Map;

import org.communitysafety.infra.PlatformService;
import org.communitysafety.testkit.ApiClient;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The gateway in front of the real services: every route reaches its service, refusals
 * and bad input come back as problem details with nothing stored, and a service that goes
 * away is named in a quick 503 until it returns.
 */
class GatewayEndToEndTests {

    private final RunningPlatform platform = RunningPlatform.get();

    private final Registry registry = new Registry(platform);

    @Test
    void everyRouteReachesItsServiceWhichChecksTheTokenItself() {
        ApiClient agency = platform.gatewayAs("northamptonshire-police");

        assertThat(agency.get("/api/v1/organisations").status()).isEqualTo(200);
        assertThat(agency.get("/api/v1/deliveries").status()).as("the service's own role check").isEqualTo(403);
        for (String path : new String[] { "/api/v1/priorities/no-such-priority", "/api/v1/committees/no-such-body" }) {
            ApiClient.Response response = agency.get(path);
            assertThat(response.isProblem()).as(path + " " + response).isTrue();
            assertThat(response.json().get("instance").asString()).isEqualTo(path);
            assertThat(response.status()).as(path + " answered by its service, which has no such resource")
                .isEqualTo(404);
        }
        for (String path : new String[] { "/api/v1/priorities", "/api/v1/committees" }) {
            ApiClient.Response response = agency.get(path);
            assertThat(response.status()).as(path + " " + response).isEqualTo(200);
            assertThat(response.json().get("items").isArray()).as(path + " answered by its service").isTrue();
        }
        assertThat(platform.gateway().get("/api/v1/priorities").status()).as("no token, no way in").isEqualTo(401);
        ApiClient administrator = platform.gatewayAs(Registry.ADMINISTRATOR);
        assertThat(administrator.get("/api/v1/operations/notification-service/dead-letters").status()).isEqualTo(200);
        assertThat(agency.get("/api/v1/operations/notification-service/dead-letters").status()).isEqualTo(403);
        assertThat(platform.gateway().get("/v3/api-docs/partnership-service").body()).contains("/api/v1/organisations");
    }

    @Test
    void refusesCallersWithoutATokenOrTheRightRoleAsProblems() {
        String police = registry.organisation();
        String csp = registry.partnershipOf(police);
        String path = "/api/v1/partnerships/" + csp + "/members";
        Map<String, Object> member = Registry.member(police, Registry.email());

        assertProblem(platform.gateway().post(path, member), 401);
        assertProblem(platform.gateway().withToken("not.a.token").post(path, member), 401);
        assertProblem(platform.gatewayAs("northamptonshire-police").post(path, member), 403);
        assertProblem(platform.gatewayAs("corby-borough-council").post(path, member), 403);
        assertThat(platform.gatewayAs(Registry.GROUP_MANAGER).get(path).json()).isEmpty();
    }

    @Test
    void answersBadInputWithProblemsAndStoresNothing() {
        ApiClient administrator = platform.gatewayAs(Registry.ADMINISTRATOR);
        long before = administrator.get("/api/v1/organisations?size=1").json().get("totalItems").asLong();
        String valid = "\"name\":\"N\",\"type\":\"POLICE\",\"responsibleAuthority\":true,\"areas\":[]";

        assertProblem(administrator.send("POST", "/api/v1/organisations", "application/json", "{\"code\":"), 400);
        assertProblem(administrator.send("POST", "/api/v1/organisations", "application/json",
                "{\"code\":\"wrong-type\",\"name\":\"N\",\"type\":\"POLICE\",\"responsibleAuthority\":\"yes\",\"areas\":[]}"),
                400);
        assertProblem(administrator.send("POST", "/api/v1/organisations", "application/json", "{" + valid + "}"), 400);
        assertProblem(administrator.send("POST", "/api/v1/organisations", "application/json",
                "{\"code\":\"" + "x".repeat(300) + "\"," + valid + "}"), 400);
        assertProblem(administrator.send("POST", "/api/v1/organisations", "application/json",
                "{\"code\":{\"$gt\":\"\"}," + valid + "}"), 400);
        assertProblem(administrator.send("POST", "/api/v1/organisations", "application/json",
                "{\"code\":\"huge\",\"name\":\"" + "x".repeat(400_000) + "\"}"), 413);
        assertProblem(administrator.send("POST", "/api/v1/organisations", "text/plain", "code=x"), 415);
        assertProblem(administrator.send("DELETE", "/api/v1/organisations", null, null), 405);
        assertProblem(administrator.get("/api/v1/nothing-here"), 404);

        assertThat(administrator.get("/api/v1/organisations?size=1").json().get("totalItems").asLong())
            .isEqualTo(before);
    }

    @Test
    void namesAStoppedServiceInAQuick503AndRecoversWhenItReturns() {
        ApiClient agency = platform.gatewayAs("northamptonshire-police");
        platform.services().stop(PlatformService.SCRUTINY);
        try {
            long started = System.nanoTime();
            ApiClient.Response response = agency.get("/api/v1/committees");
            long elapsedMillis = (System.nanoTime() - started) / 1_000_000;

            assertProblem(response, 503);
            assertThat(response.json().get("detail").asString()).contains("scrutiny-service");
            assertThat(elapsedMillis).as("answered within a second").isLessThan(1_000);
        }
        finally {
            platform.services().restart(PlatformService.SCRUTINY);
        }
        await().atMost(Duration.ofSeconds(30))
            .pollInterval(Duration.ofMillis(500))
            .until(() -> agency.get("/api/v1/committees").status() == 200);
    }

    private static void assertProblem(ApiClient.Response response, int status) {
        assertThat(response.status()).as(response.toString()).isEqualTo(status);
        assertThat(response.isProblem()).as(response.toString()).isTrue();
        assertThat(response.body()).doesNotContain("Exception").doesNotContain("\tat ");
    }

}
