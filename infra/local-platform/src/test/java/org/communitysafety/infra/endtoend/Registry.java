package org.communitysafety.infra.endtoend;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import org.communitysafety.testkit.ApiClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Sets up organisations and groups through the gateway, with codes of their own so tests
 * never collide, and the county baseline where a test needs it.
 */
final class Registry {

    static final String ADMINISTRATOR = "platform-administrator";

    static final String GROUP_MANAGER = "county-community-safety-team";

    /**
     * The organisation the group manager acts for, which runs the groups the tests form.
     */
    static final String COUNTY_COUNCIL = "northamptonshire-county-council";

    private static boolean priorityBaselineLoaded;

    private final Function<String, ApiClient> gatewayAs;

    Registry(RunningPlatform platform) {
        this(platform::gatewayAs);
    }

    /**
     * A registry on a platform of a test's own, reached as each client through its
     * gateway.
     */
    Registry(Function<String, ApiClient> gatewayAs) {
        this.gatewayAs = gatewayAs;
    }

    static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    String organisation() {
        String code = unique("e2e-org");
        ApiClient.Response response = gatewayAs.apply(ADMINISTRATOR)
            .post("/api/v1/organisations", Map.of("code", code, "name", "End-to-end Police " + code, "type", "POLICE",
                    "responsibleAuthority", true, "areas", List.of("E10000021")));
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return code;
    }

    String partnershipOf(String organisation) {
        registerTheCountyCouncil();
        String code = unique("e2e-csp");
        ApiClient.Response response = gatewayAs.apply(ADMINISTRATOR)
            .post("/api/v1/partnerships",
                    Map.of("code", code, "name", "Partnership " + code, "kind", "DISTRICT_CSP", "areas",
                            List.of("E07000154"), "memberOrganisations", List.of(organisation), "managedBy",
                            COUNTY_COUNCIL));
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return code;
    }

    /**
     * The suite does not load the baseline, so it registers the council that runs its
     * groups, once.
     */
    private void registerTheCountyCouncil() {
        ApiClient.Response response = gatewayAs.apply(ADMINISTRATOR)
            .post("/api/v1/organisations", Map.of("code", COUNTY_COUNCIL, "name", "Northamptonshire County Council",
                    "type", "COUNTY_COUNCIL", "responsibleAuthority", true, "areas", List.of("E10000021")));
        assertThat(response.status()).as(response.toString()).isIn(201, 409);
    }

    /**
     * The county baseline: the partnership service's, then the priority service's once
     * its replica has heard of the groups it names. Loaded once for the suite; a first
     * load on a cold platform may outlast the gateway's time limit (504), and loading
     * again changes nothing, so each is asked for until it answers.
     */
    void priorityBaselineLoaded() {
        synchronized (Registry.class) {
            if (priorityBaselineLoaded) {
                return;
            }
            ApiClient administrator = gatewayAs.apply(ADMINISTRATOR);
            await().atMost(Duration.ofMinutes(2))
                .until(() -> administrator.post("/api/v1/partnership-baseline", "").status() == 200);
            await().atMost(Duration.ofMinutes(2))
                .until(() -> administrator.post("/api/v1/priority-baseline", "").status() == 200);
            priorityBaselineLoaded = true;
        }
    }

    static Map<String, Object> member(String organisation, String email) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("organisation", organisation);
        body.put("name", "Jo Example (fictional)");
        body.put("role", "Chief Inspector");
        body.put("email", email);
        body.put("roleOnGroup", "MEMBER");
        body.put("delegatedAuthority", true);
        body.put("authorityScope", "Commit neighbourhood policing time to agreed actions");
        return body;
    }

    static String email() {
        return "e2e-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
    }

}
