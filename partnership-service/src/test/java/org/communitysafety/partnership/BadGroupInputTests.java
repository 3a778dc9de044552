package org.communitysafety.partnership;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.communitysafety.testkit.ApiClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.communitysafety.partnership.Fixtures.send;
import static org.communitysafety.partnership.Fixtures.update;

/**
 * Bad input to groups, memberships and terms is refused with a 4xx problem naming what is
 * wrong, and stores nothing.
 */
@PartnershipServiceTest
class BadGroupInputTests {

    private static final List<String> COLLECTIONS = List.of("partnerships", "memberships", "terms_of_reference",
            "erasures");

    @Autowired
    Fixtures fixtures;

    @Autowired
    MongoTemplate mongo;

    private ApiClient manager;

    private String police;

    private String group;

    @BeforeEach
    void setUp() {
        manager = fixtures.groupManager();
        police = fixtures.registeredOrganisation();
        group = fixtures.partnershipOf(police);
    }

    @Test
    void refusesUnknownEnumValuesNamingTheField() {
        assertRefused(() -> fixtures.administrator()
            .post("/api/v1/partnerships",
                    Fixtures.with(Fixtures.partnership(Fixtures.unique("csp"), List.of()), "kind", "TASK_FORCE")),
                400, "kind");
        assertRefused(() -> manager.post(members(),
                Fixtures.with(Fixtures.member(police, "a@police.example", "MEMBER"), "roleOnGroup", "TREASURER")), 400,
                "roleOnGroup");
        assertRefused(
                () -> update(manager, "POST", "/api/v1/partnerships/" + group + "/status", Map.of("status", "PAUSED")),
                400, "status");
        assertRefused(() -> manager.get("/api/v1/partnerships?status=PAUSED"), 400, "status");
    }

    @Test
    void refusesAreasThatAreNotGssCodesOfTheCounty() {
        for (Object area : List.of("E07000999", "W06000001", "northampton", "E0700015")) {
            assertRefused(
                    () -> fixtures.administrator()
                        .post("/api/v1/partnerships", Fixtures
                            .with(Fixtures.partnership(Fixtures.unique("csp"), List.of()), "areas", List.of(area))),
                    400, "invalid field");
        }
        assertRefused(
                () -> update(manager, "PATCH", "/api/v1/partnerships/" + group, Map.of("areas", List.of("E99999999"))),
                400, "invalid field");
        assertRefused(() -> manager.get("/api/v1/partnerships?area=E07000999"), 400, "invalid parameter");
    }

    @Test
    void refusesBadEmailAddressesOverLongTextAndDatesThatAreNotDates() {
        for (String email : List.of("no-at-sign", "two@@signs.example", "spaces in@police.example", "a@b")) {
            assertRefused(() -> manager.post(members(), Fixtures.member(police, email, "MEMBER")), 400,
                    "invalid field");
        }
        assertRefused(
                () -> manager.post(members(),
                        Fixtures.with(Fixtures.member(police, "x@police.example", "MEMBER"), "name", "n".repeat(201))),
                400, "invalid field");
        assertRefused(
                () -> manager.post(members(),
                        Fixtures.with(Fixtures.member(police, "x@police.example", "MEMBER"), "startDate", "1st April")),
                400, "startDate");
        assertRefused(() -> update(manager, "PATCH", members() + "/any", Map.of("email", "broken")), 400,
                "invalid field");
        assertRefused(() -> manager.post("/api/v1/partnerships/" + group + "/terms-of-reference",
                Map.of("purpose", "P", "responsibilities", List.of("r".repeat(1001)))), 400, "invalid field");
        assertRefused(() -> update(manager, "PATCH", "/api/v1/partnerships/" + group,
                Map.of("description", "d".repeat(1001))), 400, "invalid field");
        assertRefused(() -> update(manager, "PATCH", "/api/v1/partnerships/" + group, Map.of("name", "   ")), 400,
                "invalid field");
        assertRefused(() -> update(manager, "PUT", "/api/v1/partnerships/" + group,
                Map.of("description", "No name or areas")), 400, "\"field\":\"areas\"");
    }

    @Test
    void treatsMongoOperatorsInFieldsAndParametersAsBadDataNeverAsQueries() {
        assertRefused(() -> manager.post(members(),
                Fixtures.with(Fixtures.member(police, "x@police.example", "MEMBER"), "email", Map.of("$ne", ""))), 400,
                "email");
        assertRefused(() -> manager.post(members(), Fixtures.with(Fixtures.member(police, "x@police.example", "MEMBER"),
                "organisation", Map.of("$gt", ""))), 400, "organisation");
        assertRefused(
                () -> manager.post(members(),
                        Fixtures.with(Fixtures.member(police, "x@police.example", "MEMBER"), "organisation", "$where")),
                400, "invalid field");
        assertRefused(
                () -> update(manager, "PATCH", "/api/v1/partnerships/" + group, Map.of("reportsTo", Map.of("$ne", ""))),
                400, "reportsTo");
        assertRefused(
                () -> update(manager, "PUT", "/api/v1/partnerships/" + group + "/member-organisations/$where", null),
                400, "invalid parameter");
        assertRefused(() -> manager.get("/api/v1/partnerships?reportsTo=%7B%22%24ne%22%3Anull%7D"), 400,
                "invalid parameter");
        assertRefused(() -> fixtures.administrator().get("/api/v1/people/%7B%22%24ne%22%3Anull%7D/export"), 400,
                "invalid parameter");
        assertRefused(() -> manager.get("/api/v1/partnerships?sort=%24where"), 400, "sort");
        assertRefused(() -> manager.get("/api/v1/organisations?sort=name.%24gt,desc"), 400, "sort");
    }

    private String members() {
        return "/api/v1/partnerships/" + group + "/members";
    }

    private void assertRefused(Supplier<ApiClient.Response> request, int status, String detail) {
        Map<String, Long> before = counts();
        ApiClient.Response response = request.get();
        assertThat(response.status()).as(response.toString()).isEqualTo(status);
        assertThat(response.isProblem()).as(response.toString()).isTrue();
        assertThat(response.json().toString()).contains(detail);
        assertThat(response.body()).doesNotContain("Exception").doesNotContain("at org.");
        assertThat(counts()).isEqualTo(before);
        assertThat(manager.get("/api/v1/partnerships/" + group).json().get("version").asLong()).isZero();
    }

    private Map<String, Long> counts() {
        return COLLECTIONS.stream()
            .collect(Collectors.toMap(name -> name, name -> mongo.getCollection(name).countDocuments()));
    }

}
