package org.communitysafety.scrutiny;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.communitysafety.scrutiny.replica.ReferenceKind;
import org.communitysafety.scrutiny.replica.Replica;
import org.communitysafety.servicedefaults.calendar.UkCalendar;
import org.communitysafety.testkit.ApiClient;
import org.communitysafety.testkit.TestTokens;
import org.springframework.core.env.Environment;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Builds the bodies and meetings a test needs through the API of the running service,
 * with unique codes so tests never collide, and the callers to build them with.
 */
public final class Fixtures {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Environment environment;

    private final MovableClock clock;

    private final Replica replica;

    Fixtures(Environment environment, MovableClock clock, Replica replica) {
        this.environment = environment;
        this.clock = clock;
        this.replica = replica;
    }

    /** A new organisation, as the partnership service announces it, once known here. */
    public String knownOrganisation() {
        String code = unique("org");
        Upstream.publish(Upstream.PARTNERSHIP_TOPIC, Upstream.organisationRegistered(code));
        awaitKnown(ReferenceKind.ORGANISATION, code);
        return code;
    }

    /** A new partnership run by the organisation, once known here. */
    public String knownPartnership(String managedBy) {
        String code = unique("csp");
        Upstream.publish(Upstream.PARTNERSHIP_TOPIC, Upstream.partnershipFormed(code, managedBy));
        awaitKnown(ReferenceKind.PARTNERSHIP, code);
        return code;
    }

    /** A new priority of the partnership, once known here. */
    public String knownPriority(String partnership) {
        String id = UUID.randomUUID().toString();
        Upstream.publish(Upstream.PRIORITY_TOPIC, Upstream.priorityAdopted(id, partnership));
        awaitKnown(ReferenceKind.PRIORITY, id);
        return id;
    }

    /** A new action under the priority, once known here. */
    public String knownAction(String priority, String partnership) {
        String id = UUID.randomUUID().toString();
        Upstream.publish(Upstream.PRIORITY_TOPIC, Upstream.actionAssigned(id, priority, partnership));
        awaitKnown(ReferenceKind.ACTION, id);
        return id;
    }

    public void awaitKnown(ReferenceKind kind, String id) {
        await().atMost(java.time.Duration.ofSeconds(30)).until(() -> replica.find(kind, id).isPresent());
    }

    public static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    public ApiClient as(String organisation, String... roles) {
        return anonymous().withToken(TestTokens.shared().forOrganisation(organisation, roles));
    }

    public ApiClient administrator() {
        return as("northamptonshire-county-council", "ADMINISTRATOR");
    }

    /** A scrutiny officer of the authority (the host of the bodies it supports). */
    public ApiClient officerOf(String organisation) {
        return as(organisation, "SCRUTINY_OFFICER");
    }

    public ApiClient anonymous() {
        return ApiClient.at("http://127.0.0.1:" + environment.getRequiredProperty("local.server.port"));
    }

    /** Today in England by the service's clock. */
    public LocalDate today() {
        return UkCalendar.today(clock);
    }

    /** The instant of the time of day in England, the given days from today. */
    public Instant inDays(int days, LocalTime at) {
        return today().plusDays(days).atTime(at).atZone(UkCalendar.ZONE).toInstant();
    }

    /** A body of the kind, hosted by a new authority of its own; returns its code. */
    public Body body(String kind, List<String> seats) {
        String host = unique("council");
        String code = unique("cdc");
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("code", code);
        request.put("name", "Committee " + code);
        request.put("kind", kind);
        request.put("hostOrganisation", host);
        request.put("seats", seats.isEmpty() ? null : seats);
        ApiClient.Response established = administrator().post("/api/v1/committees", request);
        assertThat(established.status()).as(established.toString()).isEqualTo(201);
        return new Body(code, host);
    }

    public Body committee() {
        return body("CRIME_AND_DISORDER_COMMITTEE", List.of());
    }

    /** Schedules a meeting of the body at 18:00 in England the given days ahead. */
    public Scheduled meeting(Body body, int daysAhead) {
        ApiClient.Response scheduled = officerOf(body.host()).post("/api/v1/committees/" + body.code() + "/meetings",
                Map.of("title", "Crime and disorder scrutiny", "startsAt", inDays(daysAhead, LocalTime.of(18, 0)),
                        "place", "Council Chamber"));
        assertThat(scheduled.status()).as(scheduled.toString()).isEqualTo(201);
        return new Scheduled(scheduled.json().get("id").asString(), scheduled.header("ETag").orElseThrow());
    }

    /**
     * Adds the item to the meeting whose current tag is given and returns the new tag.
     */
    public String itemAdded(Body body, String meetingId, String etag, Map<String, Object> item) {
        ApiClient.Response added = send(officerOf(body.host()), "POST", "/api/v1/meetings/" + meetingId + "/items",
                item, etag);
        assertThat(added.status()).as(added.toString()).isEqualTo(200);
        return added.header("ETag").orElseThrow();
    }

    /** Sends a JSON body with the method given, and If-Match when a tag is given. */
    public static ApiClient.Response send(ApiClient client, String method, String path, Object body, String ifMatch) {
        String json = body == null ? null : body instanceof String text ? text : JSON.writeValueAsString(body);
        return ifMatch == null ? client.send(method, path, "application/json", json)
                : client.send(method, path, "application/json", json, "If-Match", ifMatch);
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

    /** A body and the authority that hosts it (whose scrutiny officers act for it). */
    public record Body(String code, String host) {
    }

    /** A meeting and its ETag as scheduled. */
    public record Scheduled(String id, String etag) {
    }

}
