package org.communitysafety.infra.endtoend;

import java.util.List;
import java.util.Map;

import org.communitysafety.testkit.ApiClient;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Authorisation that follows the work, checked with the development auth server's own
 * clients through the real gateway: an agency changes what it owns and nothing else, a
 * property it may not set is refused rather than ignored, and a token that was tampered
 * with is refused before any service sees it.
 */
class AgencyOwnershipEndToEndTests {

    private static final String POLICE = "northamptonshire-police";

    private final RunningPlatform platform = RunningPlatform.get();

    private final Registry registry = new Registry(platform);

    @Test
    void anAgencyUpdatesItsOwnDetailsButNotAnotherOrganisationsNorAPropertyOnlyAnAdministratorSets() {
        registerThePolice();
        String other = registry.organisation();
        ApiClient police = platform.gatewayAs(POLICE);

        ApiClient.Response own = patch(police, "/api/v1/organisations/" + POLICE,
                "{\"name\":\"Northamptonshire Police (renamed in a test)\"}");
        ApiClient.Response another = patch(police, "/api/v1/organisations/" + other, "{\"name\":\"Taken over\"}");
        ApiClient.Response property = patch(police, "/api/v1/organisations/" + POLICE,
                "{\"responsibleAuthority\":false}");

        assertThat(own.status()).as(own.toString()).isEqualTo(200);
        assertProblem(another, 403, "only its own organisation");
        assertProblem(property, 403, "Only an administrator");
        ApiClient.Response stored = police.get("/api/v1/organisations/" + POLICE);
        assertThat(stored.json().get("responsibleAuthority").asBoolean()).isTrue();
        assertThat(police.get("/api/v1/organisations/" + other).json().get("name").asString()).doesNotContain("Taken");
    }

    @Test
    void refusesATamperedTokenAtTheGateway() {
        String token = platform.tokenFor(POLICE);
        String[] parts = token.split("\\.");
        String forged = parts[0] + "." + parts[1] + "." + new StringBuilder(parts[2]).reverse();

        ApiClient.Response refused = platform.gateway().withToken(forged).get("/api/v1/organisations");

        assertProblem(refused, 401, "");
        assertThat(refused.header("WWW-Authenticate"))
            .hasValueSatisfying(value -> assertThat(value).startsWith("Bearer"));
    }

    private void registerThePolice() {
        ApiClient.Response response = platform.gatewayAs(Registry.ADMINISTRATOR)
            .post("/api/v1/organisations", Map.of("code", POLICE, "name", "Northamptonshire Police", "type", "POLICE",
                    "responsibleAuthority", true, "areas", List.of("E10000021")));
        assertThat(response.status()).as(response.toString()).isIn(201, 409);
    }

    private static void assertProblem(ApiClient.Response response, int status, String detail) {
        assertThat(response.status()).as(response.toString()).isEqualTo(status);
        assertThat(response.isProblem()).as(response.toString()).isTrue();
        assertThat(response.json().get("detail").asString()).contains(detail);
    }

    /** A change as a client makes it: naming, in If-Match, the version it read. */
    private static ApiClient.Response patch(ApiClient caller, String path, String json) {
        String etag = caller.get(path).header("ETag").orElseThrow();
        return caller.send("PATCH", path, "application/json", json, "If-Match", etag);
    }

}
