package org.communitysafety.partnership;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.communitysafety.testkit.ApiClient;
import org.communitysafety.testkit.TestTokens;
import org.springframework.core.env.Environment;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Builds the registry a test needs through the API of the running service, with unique
 * codes so tests never collide, and the callers to build it with.
 */
public final class Fixtures {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /**
     * The organisation that runs the groups the fixtures form, so that
     * {@link #groupManager()} manages them.
     */
    public static final String COUNTY_COUNCIL = "northamptonshire-county-council";

    private final Environment environment;

    private volatile boolean countyCouncilRegistered;

    Fixtures(Environment environment) {
        this.environment = environment;
    }

    public static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /**
     * A caller acting for the organisation with the given roles (AGENCY, GROUP_MANAGER,
     * ADMINISTRATOR, ...).
     */
    public ApiClient as(String organisation, String... roles) {
        return anonymous().withToken(TestTokens.shared().forOrganisation(organisation, roles));
    }

    public ApiClient administrator() {
        return as("northamptonshire-county-council", "ADMINISTRATOR");
    }

    /**
     * The county's community safety team, which manages the groups the county council
     * runs: those formed here.
     */
    public ApiClient groupManager() {
        return managerFor(COUNTY_COUNCIL);
    }

    /**
     * A group manager acting for the organisation, as the development issuer makes a
     * district council's.
     */
    public ApiClient managerFor(String organisation) {
        return as(organisation, "GROUP_MANAGER", "AGENCY");
    }

    /**
     * No token at all. The port is read when asked for, since the server starts after
     * this bean.
     */
    public ApiClient anonymous() {
        return ApiClient.at("http://127.0.0.1:" + environment.getRequiredProperty("local.server.port"));
    }

    public static Map<String, Object> organisation(String code) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("code", code);
        body.put("name", "Organisation " + code);
        body.put("type", "POLICE");
        body.put("responsibleAuthority", true);
        body.put("areas", List.of("E10000021"));
        return body;
    }

    public static Map<String, Object> partnership(String code, List<String> members) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("code", code);
        body.put("name", "Partnership " + code);
        body.put("kind", "DISTRICT_CSP");
        body.put("areas", List.of("E07000154"));
        body.put("memberOrganisations", members);
        body.put("managedBy", COUNTY_COUNCIL);
        return body;
    }

    public static Map<String, Object> member(String organisation, String email, String roleOnGroup) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("organisation", organisation);
        body.put("name", "Sam Example (fictional)");
        body.put("role", "Community Safety Manager");
        body.put("email", email);
        body.put("roleOnGroup", roleOnGroup);
        body.put("delegatedAuthority", true);
        body.put("authorityScope", "Commit officer time to agreed actions");
        return body;
    }

    public static Map<String, Object> with(Map<String, Object> body, Object... keysAndValues) {
        Map<String, Object> changed = new LinkedHashMap<>(body);
        for (int i = 0; i < keysAndValues.length; i += 2) {
            changed.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return changed;
    }

    public String registeredOrganisation() {
        String code = unique("org");
        assertThat(administrator().post("/api/v1/organisations", organisation(code)).status()).isEqualTo(201);
        return code;
    }

    /** A district council of its own (a unique code), to run a CSP of its own. */
    public String registeredDistrictCouncil() {
        String code = unique("district-council");
        ApiClient.Response registered = administrator().post("/api/v1/organisations",
                with(organisation(code), "type", "DISTRICT_OR_BOROUGH_COUNCIL", "areas", List.of("E07000154")));
        assertThat(registered.status()).as(registered.toString()).isEqualTo(201);
        return code;
    }

    public String partnershipOf(String... members) {
        return formed(partnership(unique("csp"), List.of(members)));
    }

    /** Forms the group described and returns its code. */
    public String formed(Map<String, Object> partnership) {
        registerTheCountyCouncil();
        ApiClient.Response formed = administrator().post("/api/v1/partnerships", partnership);
        assertThat(formed.status()).as(formed.toString()).isEqualTo(201);
        return (String) partnership.get("code");
    }

    /** Appoints the representative and returns the membership id. */
    public String appointed(String partnership, Map<String, Object> member) {
        ApiClient.Response appointed = groupManager().post("/api/v1/partnerships/" + partnership + "/members", member);
        assertThat(appointed.status()).as(appointed.toString()).isEqualTo(201);
        return appointed.json().get("id").asString();
    }

    /**
     * The county council as the baseline registers it, once, since the groups formed here
     * are run by it.
     */
    private void registerTheCountyCouncil() {
        if (countyCouncilRegistered) {
            return;
        }
        ApiClient.Response registered = administrator().post("/api/v1/organisations", with(organisation(COUNTY_COUNCIL),
                "name", "Northamptonshire County Council", "type", "COUNTY_COUNCIL"));
        assertThat(registered.status()).as(registered.toString()).isIn(201, 409);
        countyCouncilRegistered = true;
    }

    /**
     * Asserts that a group manager was refused: 403 with a problem detail that says why.
     */
    public static void assertNotPermitted(ApiClient.Response response, String because) {
        assertThat(response.status()).as(response.toString()).isEqualTo(403);
        assertThat(response.isProblem()).isTrue();
        assertThat(response.json().get("detail").asString()).contains(because);
    }

    /**
     * Asserts that a rule refused the request: 422 with a problem detail that says why.
     */
    public static void assertRuleViolated(ApiClient.Response response, String because) {
        assertThat(response.status()).as(response.toString()).isEqualTo(422);
        assertThat(response.isProblem()).isTrue();
        assertThat(response.json().get("detail").asString()).contains(because);
    }

    /**
     * Sends an update as a client that has just read the resource does: with the ETag it
     * read as If-Match. The resource of an action ({@code /status}, {@code /stand-down},
     * a member organisation) is the one it acts on.
     */
    public static ApiClient.Response update(ApiClient client, String method, String path, Object body) {
        String resource = path.replaceFirst("/(status|stand-down|member-organisations/[^/]+)$", "");
        return send(client, method, path, body, client.get(resource).header("ETag").orElse(null));
    }

    /** Sends a JSON body with the method given, and If-Match when a tag is given. */
    public static ApiClient.Response send(ApiClient client, String method, String path, Object body, String ifMatch) {
        String json = body == null ? null : body instanceof String text ? text : JSON.writeValueAsString(body);
        return ifMatch == null ? client.send(method, path, "application/json", json)
                : client.send(method, path, "application/json", json, "If-Match", ifMatch);
    }

}
