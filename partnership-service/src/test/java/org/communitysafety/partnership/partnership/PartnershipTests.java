package org.communitysafety.partnership.partnership;

import java.util.List;
import java.util.Map;

import org.communitysafety.partnership.Concurrently;
import org.communitysafety.partnership.Fixtures;
import org.communitysafety.partnership.PartnershipServiceTest;
import org.communitysafety.testkit.ApiClient;
import org.communitysafety.testkit.EventContracts;
import org.communitysafety.testkit.PublishedEvents;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.communitysafety.partnership.Fixtures.send;
import static org.communitysafety.partnership.Fixtures.update;
import static org.communitysafety.partnership.Fixtures.with;

@PartnershipServiceTest
class PartnershipTests {

    @Autowired
    Fixtures fixtures;

    private ApiClient manager;

    @BeforeEach
    void setUp() {
        manager = fixtures.groupManager();
    }

    @Test
    void updatesAGroupsDetailsAndPublishesWhatChangedKeepingTheContract() {
        String parent = fixtures.partnershipOf();
        String group = fixtures.partnershipOf();

        ApiClient.Response patched = send(manager, "PATCH", "/api/v1/partnerships/" + group,
                Map.of("reportsTo", parent, "reportingCadence", "P6M", "areas", List.of("E07000151", "E07000155")),
                "\"0\"");

        assertThat(patched.status()).as(patched.toString()).isEqualTo(200);
        assertThat(patched.header("ETag")).contains("\"1\"");
        assertThat(patched.json().get("reportingCadence").asString()).isEqualTo("P6M");
        assertThat(patched.json().get("name").asString()).isEqualTo("Partnership " + group);
        JsonNode event = PublishedEvents.PARTNERSHIP.about("partnerships/" + group, "partnership-updated.v1");
        assertThat(event.get("data").get("changed")).extracting(JsonNode::asString)
            .containsExactly("areas", "reportsTo", "reportingCadence");
        assertThat(EventContracts.of(".").violations("partnership-updated.v1", event.get("data"))).isEmpty();

        ApiClient.Response replaced = send(manager, "PUT", "/api/v1/partnerships/" + group,
                Map.of("name", "Renamed group", "areas", List.of("E07000154")), "\"1\"");

        assertThat(replaced.status()).as(replaced.toString()).isEqualTo(200);
        assertThat(replaced.json().get("reportsTo").isNull()).isTrue();
        assertThat(replaced.json().get("reportingCadence").isNull()).isTrue();
        assertThat(replaced.json().get("managedBy").asString()).as("a PUT without managedBy keeps who runs the group")
            .isEqualTo(Fixtures.COUNTY_COUNCIL);
    }

    @Test
    void refusesASecondGroupWithTheSameCodeAsAConflict() {
        String group = fixtures.partnershipOf();

        ApiClient.Response again = fixtures.administrator()
            .post("/api/v1/partnerships", Fixtures.partnership(group, List.of()));

        assertThat(again.status()).isEqualTo(409);
        assertThat(again.isProblem()).isTrue();
        assertThat(again.json().get("detail").asString()).contains("'" + group + "' already exists");
    }

    @Test
    void findsGroupsByKindAreaStatusAndReportingLine() {
        String parent = fixtures.partnershipOf();
        String proposed = fixtures.formed(with(Fixtures.partnership(Fixtures.unique("sub"), List.of()), "kind",
                "SUB_GROUP", "status", "PROPOSED", "areas", List.of("E07000152"), "reportsTo", parent));
        String active = fixtures.formed(with(Fixtures.partnership(Fixtures.unique("sub"), List.of()), "kind",
                "SUB_GROUP", "areas", List.of("E07000152", "E07000153"), "reportsTo", parent));

        assertThat(codes("reportsTo=" + parent)).containsExactlyInAnyOrder(proposed, active);
        assertThat(codes("reportsTo=" + parent + "&status=PROPOSED")).containsExactly(proposed);
        assertThat(codes("reportsTo=" + parent + "&area=E07000153&kind=SUB_GROUP")).containsExactly(active);
        assertThat(codes("reportsTo=" + parent + "&kind=DISTRICT_CSP")).isEmpty();
        assertThat(manager.get("/api/v1/partnerships?kind=MILITIA").status()).isEqualTo(400);
    }

    @Test
    void letsOnlyOneOfManyConcurrentUpdatesToAGroupWinAndRefusesTheOthers() {
        String group = fixtures.partnershipOf();

        List<ApiClient.Response> responses = Concurrently.send(6, i -> send(manager, "PATCH",
                "/api/v1/partnerships/" + group, Map.of("description", "Change " + i), "\"0\""));

        assertThat(responses).filteredOn(response -> response.status() == 200).hasSize(1);
        assertThat(responses).filteredOn(response -> response.status() != 200).allSatisfy(response -> {
            assertThat(response.status()).isIn(409, 412);
            assertThat(response.isProblem()).isTrue();
        });
        assertThat(manager.get("/api/v1/partnerships/" + group + "/history").json()).hasSize(2);
    }

    @Test
    void refusesGroupChangesFromAnAgencyOrAnonymousCallerAndAnswersAnUnknownGroup() {
        String group = fixtures.partnershipOf();
        ApiClient agency = fixtures.as("northamptonshire-police", "AGENCY");

        assertThat(update(agency, "PATCH", "/api/v1/partnerships/" + group, Map.of("name", "Ours now")).status())
            .isEqualTo(403);
        assertThat(update(agency, "POST", "/api/v1/partnerships/" + group + "/status", Map.of("status", "DISSOLVED"))
            .status()).isEqualTo(403);
        assertThat(update(agency, "PUT",
                "/api/v1/partnerships/" + group + "/member-organisations/northamptonshire-police", null)
            .status()).isEqualTo(403);
        assertThat(
                manager.post("/api/v1/partnerships", Fixtures.partnership(Fixtures.unique("csp"), List.of())).status())
            .isEqualTo(403);
        assertThat(fixtures.anonymous().get("/api/v1/partnerships/" + group).status()).isEqualTo(401);
        ApiClient.Response unknown = update(manager, "PATCH", "/api/v1/partnerships/no-such-group",
                Map.of("name", "x"));
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.isProblem()).isTrue();
        assertThat(manager.get("/api/v1/partnerships/" + group).json().get("version").asLong()).isZero();
    }

    private List<String> codes(String query) {
        ApiClient.Response found = manager.get("/api/v1/partnerships?" + query);
        assertThat(found.status()).as(found.toString()).isEqualTo(200);
        return found.json().get("items").findValuesAsString("code");
    }

}
