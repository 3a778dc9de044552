package org.communitysafety.partnership.organisation;

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

@PartnershipServiceTest
class OrganisationTests {

    @Autowired
    Fixtures fixtures;

    private ApiClient administrator;

    @BeforeEach
    void setUp() {
        administrator = fixtures.administrator();
    }

    @Test
    void replacesAnOrganisationsDetailsAndPublishesWhatChangedKeepingTheContract() {
        String code = fixtures.registeredOrganisation();
        Map<String, Object> details = Map.of("name", "Renamed Police", "type", "POLICE", "responsibleAuthority", true,
                "areas", List.of("E07000150", "E07000151"));

        ApiClient.Response replaced = send(administrator, "PUT", "/api/v1/organisations/" + code, details, "\"0\"");

        assertThat(replaced.status()).as(replaced.toString()).isEqualTo(200);
        assertThat(replaced.header("ETag")).contains("\"1\"");
        assertThat(replaced.json().get("name").asString()).isEqualTo("Renamed Police");
        JsonNode event = PublishedEvents.PARTNERSHIP.about("organisations/" + code, "organisation-updated.v1");
        assertThat(event.get("data").get("changed")).extracting(JsonNode::asString).containsExactly("name", "areas");
        assertThat(EventContracts.of(".").violations("organisation-updated.v1", event.get("data"))).isEmpty();
    }

    @Test
    void changesNothingAndPublishesNothingWhenAPatchRepeatsTheCurrentDetails() {
        String code = fixtures.registeredOrganisation();

        ApiClient.Response patched = update(administrator, "PATCH", "/api/v1/organisations/" + code,
                Map.of("name", "Organisation " + code));

        assertThat(patched.status()).isEqualTo(200);
        assertThat(patched.header("ETag")).contains("\"0\"");
        assertThat(administrator.get("/api/v1/organisations/" + code + "/history").json()).hasSize(1);
    }

    @Test
    void letsAnAgencyUpdateItsOwnDetailsButNotAnotherOrganisationsNorItsStatutoryStanding() {
        String own = fixtures.registeredOrganisation();
        String other = fixtures.registeredOrganisation();
        ApiClient agency = fixtures.as(own, "AGENCY");

        ApiClient.Response ownName = update(agency, "PATCH", "/api/v1/organisations/" + own,
                Map.of("name", "Our new name"));
        ApiClient.Response othersName = update(agency, "PATCH", "/api/v1/organisations/" + other,
                Map.of("name", "Taken over"));
        ApiClient.Response ownStanding = update(agency, "PATCH", "/api/v1/organisations/" + own,
                Map.of("responsibleAuthority", false));
        ApiClient.Response byScrutiny = send(fixtures.as(own, "SCRUTINY_OFFICER"), "PATCH",
                "/api/v1/organisations/" + own, Map.of("name", "Scrutinised"), null);

        assertThat(ownName.status()).as(ownName.toString()).isEqualTo(200);
        assertThat(othersName.status()).isEqualTo(403);
        assertThat(othersName.isProblem()).isTrue();
        assertThat(othersName.json().get("detail").asString()).contains("only its own organisation");
        assertThat(ownStanding.status()).isEqualTo(403);
        assertThat(ownStanding.json().get("detail").asString()).contains("Only an administrator");
        assertThat(byScrutiny.status()).isEqualTo(403);
        assertThat(update(fixtures.anonymous(), "PATCH", "/api/v1/organisations/" + own, Map.of("name", "x")).status())
            .isEqualTo(401);
        assertThat(administrator.get("/api/v1/organisations/" + other).json().get("name").asString())
            .isEqualTo("Organisation " + other);
        assertThat(administrator.get("/api/v1/organisations/" + own).json().get("responsibleAuthority").asBoolean())
            .isTrue();
    }

    @Test
    void refusesAnUpdateMadeFromAStaleReadAndAnUnknownOrganisation() {
        String code = fixtures.registeredOrganisation();
        send(administrator, "PATCH", "/api/v1/organisations/" + code, Map.of("name", "First change"), "\"0\"");

        ApiClient.Response stale = send(administrator, "PATCH", "/api/v1/organisations/" + code,
                Map.of("name", "Second change"), "\"0\"");
        ApiClient.Response unknown = update(administrator, "PATCH", "/api/v1/organisations/no-such-org",
                Map.of("name", "x"));

        assertThat(stale.status()).isEqualTo(412);
        assertThat(stale.isProblem()).isTrue();
        assertThat(stale.json().get("detail").asString()).contains("has changed since you read it");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.json().get("detail").asString()).contains("no-such-org");
        assertThat(administrator.get("/api/v1/organisations/" + code).json().get("name").asString())
            .isEqualTo("First change");
    }

    @Test
    void refusesAnUpdateWithoutTheETagReadOrWithOneThatIsWeakOrAnyVersion() {
        String code = fixtures.registeredOrganisation();
        String path = "/api/v1/organisations/" + code;

        ApiClient.Response unread = send(administrator, "PATCH", path, Map.of("name", "Blind change"), null);
        ApiClient.Response weak = send(administrator, "PATCH", path, Map.of("name", "Weak change"), "W/\"0\"");
        ApiClient.Response any = send(administrator, "PUT", path,
                Map.of("name", "Any change", "type", "POLICE", "responsibleAuthority", true, "areas", List.of()), "*");

        assertThat(unread.status()).as(unread.toString()).isEqualTo(428);
        assertThat(unread.isProblem()).isTrue();
        assertThat(unread.json().get("detail").asString()).contains("If-Match");
        assertThat(weak.status()).as(weak.toString()).isEqualTo(412);
        assertThat(any.status()).as(any.toString()).isEqualTo(412);
        assertThat(administrator.get(path).json().get("name").asString()).isEqualTo("Organisation " + code);
        assertThat(administrator.get(path).header("ETag")).contains("\"0\"");
    }

    @Test
    void refusesASecondOrganisationWithTheSameCodeAsAConflict() {
        String code = fixtures.registeredOrganisation();

        ApiClient.Response again = administrator.post("/api/v1/organisations", Fixtures.organisation(code));

        assertThat(again.status()).isEqualTo(409);
        assertThat(again.isProblem()).isTrue();
        assertThat(again.json().get("detail").asString()).contains("'" + code + "' is already registered");
    }

    @Test
    void letsOnlyOneOfManyConcurrentUpdatesWinAndRefusesTheOthers() {
        String code = fixtures.registeredOrganisation();

        List<ApiClient.Response> responses = Concurrently.send(6, i -> send(administrator, "PATCH",
                "/api/v1/organisations/" + code, Map.of("name", "Racer " + i), "\"0\""));

        assertThat(responses).filteredOn(response -> response.status() == 200).hasSize(1);
        assertThat(responses).filteredOn(response -> response.status() != 200)
            .allSatisfy(response -> assertThat(response.status()).isIn(409, 412));
        String winner = responses.stream()
            .filter(response -> response.status() == 200)
            .findFirst()
            .orElseThrow()
            .json()
            .get("name")
            .asString();
        JsonNode stored = administrator.get("/api/v1/organisations/" + code).json();
        assertThat(stored.get("name").asString()).isEqualTo(winner);
        assertThat(stored.get("version").asLong()).isEqualTo(1);
    }

}
