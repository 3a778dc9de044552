package org.communitysafety.priority;

import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.communitysafety.priority.replica.Directory;
import org.communitysafety.testkit.ApiClient;
import org.communitysafety.testkit.TestTokens;
import org.springframework.core.env.Environment;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Builds what a test needs: organisations and groups published on the partnership topic
 * as the partnership service would (with unique codes, so tests never collide), and
 * priorities, targets, plans and actions through this service's API, with the callers to
 * do it.
 */
public final class Fixtures {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Environment environment;

    private final Directory directory;

    Fixtures(Environment environment, Directory directory) {
        this.environment = environment;
        this.directory = directory;
    }

    public static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** The county's arrangements in miniature, all with codes of their own. */
    public record World(String countyCouncil, String districtCouncil, String police, String countyGroup, String csp,
            String leadGroup) {
    }

    /**
     * A county council running a county strategy group and a delivery group, a district
     * council running a CSP, and the police: each known to this service's replica.
     */
    public World world() {
        String countyCouncil = organisation("county-council");
        String districtCouncil = organisation("district-council");
        String police = organisation("police");
        String countyGroup = group("county-strategy-group", "COUNTY_STRATEGY_GROUP", countyCouncil,
                List.of(countyCouncil, police));
        String csp = group("csp", "DISTRICT_CSP", districtCouncil, List.of(districtCouncil, countyCouncil, police));
        String leadGroup = group("ipv-group", "COUNTYWIDE_DELIVERY_GROUP", countyCouncil,
                List.of(countyCouncil, police));
        return new World(countyCouncil, districtCouncil, police, countyGroup, csp, leadGroup);
    }

    /**
     * Registers an organisation as the partnership service would, and waits for it here.
     */
    public String organisation(String prefix) {
        String code = unique(prefix);
        ObjectNode event = PartnershipTopic.example("organisation-registered.v1", "organisations", code);
        PartnershipTopic.data(event).put("organisationId", code).put("name", "Organisation " + code);
        PartnershipTopic.publish(event);
        await().atMost(Duration.ofSeconds(30)).until(() -> directory.knowsOrganisation(code));
        return code;
    }

    /** Forms a group as the partnership service would, and waits for it here. */
    public String group(String prefix, String kind, String managedBy, List<String> members) {
        String code = unique(prefix);
        ObjectNode event = PartnershipTopic.example("partnership-formed.v1", "partnerships", code);
        ObjectNode data = PartnershipTopic.data(event);
        data.put("partnershipId", code).put("name", "Group " + code).put("kind", kind).put("managedBy", managedBy);
        var memberOrganisations = data.putArray("memberOrganisations");
        members.forEach(memberOrganisations::add);
        PartnershipTopic.publish(event);
        await().atMost(Duration.ofSeconds(30)).until(() -> directory.knowsGroups(List.of(code)));
        return code;
    }

    /**
     * The county as the partnership service's baseline registers it, published on its
     * topic as its events would be, and awaited here. Idempotent: the replica keeps the
     * newest.
     */
    public void countyBaselineKnown() {
        JsonNode county = JSON
            .readTree(new java.io.File("../partnership-service/src/main/resources/baseline/county-baseline.json"));
        List<String> groups = new java.util.ArrayList<>();
        for (JsonNode organisation : county.get("organisations")) {
            String code = organisation.get("code").asString();
            ObjectNode event = PartnershipTopic.example("organisation-registered.v1", "organisations", code);
            PartnershipTopic.data(event).put("organisationId", code).put("name", organisation.get("name").asString());
            PartnershipTopic.publish(event);
        }
        for (JsonNode group : county.get("partnerships")) {
            String code = group.get("code").asString();
            ObjectNode event = PartnershipTopic.example("partnership-formed.v1", "partnerships", code);
            ObjectNode data = PartnershipTopic.data(event);
            data.put("partnershipId", code)
                .put("name", group.get("name").asString())
                .put("kind", group.get("kind").asString())
                .put("status", group.get("status").asString())
                .put("managedBy", group.get("managedBy").asString());
            data.set("memberOrganisations", group.get("memberOrganisations"));
            PartnershipTopic.publish(event);
            groups.add(code);
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> directory.knowsGroups(groups));
    }

    public ApiClient as(String organisation, String... roles) {
        return anonymous().withToken(TestTokens.shared().forOrganisation(organisation, roles));
    }

    public ApiClient administrator() {
        return as("platform-administrators", "ADMINISTRATOR");
    }

    /**
     * A group manager acting for the organisation, as the development issuer makes one.
     */
    public ApiClient managerFor(String organisation) {
        return as(organisation, "GROUP_MANAGER", "AGENCY");
    }

    public ApiClient agency(String organisation) {
        return as(organisation, "AGENCY");
    }

    public ApiClient anonymous() {
        return ApiClient.at("http://127.0.0.1:" + environment.getRequiredProperty("local.server.port"));
    }

    public static Map<String, Object> body(Object... keysAndValues) {
        Map<String, Object> body = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            body.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return body;
    }

    /**
     * A countywide priority of the world's county strategy group, led by its delivery
     * group.
     */
    public String countywidePriority(World world) {
        return created(managerFor(world.countyCouncil()).post("/api/v1/priorities",
                body("title", "Violence, including interpersonal violence", "theme", "violence", "scope", "COUNTYWIDE",
                        "partnership", world.countyGroup(), "leadGroup", world.leadGroup(), "sources",
                        List.of("STRATEGIC_ASSESSMENT", "POLICE_AND_CRIME_PLAN"), "since", "2015-16")));
    }

    /** A local priority of the world's CSP. */
    public String localPriority(World world, String parent) {
        return created(managerFor(world.districtCouncil()).post("/api/v1/priorities",
                body("title", "Violence in the night-time economy", "theme", "violence", "scope", "LOCAL",
                        "partnership", world.csp(), "leadGroup", world.csp(), "sources",
                        List.of("STRATEGIC_ASSESSMENT"), "parent", parent, "since", "2015-16")));
    }

    /**
     * An action of the priority owned by the organisation, assigned by the manager given.
     */
    public String action(ApiClient manager, String priority, String owner, LocalDate due) {
        return created(manager.post("/api/v1/priorities/" + priority + "/actions",
                body("title", "Profile offenders and locations", "ownerOrganisation", owner, "ownerPerson",
                        "Sam Example (fictional)", "dueDate", due.toString())));
    }

    /** Asserts 201 and returns the id created. */
    public static String created(ApiClient.Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return response.json().get("id").asString();
    }

    public static String etagOf(ApiClient client, String path) {
        return client.get(path).header("ETag").orElseThrow();
    }

    /** Sends a JSON body with the method given, and If-Match when a tag is given. */
    public static ApiClient.Response send(ApiClient client, String method, String path, Object body, String ifMatch) {
        String json = body == null ? null : JSON.writeValueAsString(body);
        return ifMatch == null ? client.send(method, path, "application/json", json)
                : client.send(method, path, "application/json", json, "If-Match", ifMatch);
    }

    /** POSTs with the ETag just read from {@code readPath} in If-Match. */
    public static ApiClient.Response postMatching(ApiClient client, String readPath, String path, Object body) {
        return send(client, "POST", path, body, etagOf(client, readPath));
    }

    public static void assertNotPermitted(ApiClient.Response response, String because) {
        assertThat(response.status()).as(response.toString()).isEqualTo(403);
        assertThat(response.isProblem()).isTrue();
        assertThat(response.json().get("detail").asString()).contains(because);
    }

    public static void assertRuleViolated(ApiClient.Response response, String because) {
        assertThat(response.status()).as(response.toString()).isEqualTo(422);
        assertThat(response.isProblem()).isTrue();
        assertThat(response.json().get("detail").asString()).contains(because);
    }

    public static void assertInvalid(ApiClient.Response response, String field) {
        assertThat(response.status()).as(response.toString()).isEqualTo(400);
        assertThat(response.isProblem()).isTrue();
        assertThat(response.body()).contains(field);
    }

}
