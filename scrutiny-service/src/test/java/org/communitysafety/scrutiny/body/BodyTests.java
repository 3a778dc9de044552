package org.communitysafety.scrutiny.body;

import java.util.List;
import java.util.Map;

import org.communitysafety.scrutiny.Fixtures;
import org.communitysafety.scrutiny.Fixtures.Body;
import org.communitysafety.scrutiny.ScrutinyServiceTest;
import org.communitysafety.testkit.ApiClient;
import org.communitysafety.testkit.PublishedEvents;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.communitysafety.scrutiny.Fixtures.assertNotPermitted;
import static org.communitysafety.scrutiny.Fixtures.assertRuleViolated;
import static org.communitysafety.scrutiny.Fixtures.send;

@ScrutinyServiceTest
class BodyTests {

    @Autowired
    Fixtures fixtures;

    @Test
    void appointsCouncillorsOfAuthoritiesHoldingSeatsAndCoOptedMembersWithTermsOfOffice() {
        Body panel = fixtures.body("POLICE_AND_CRIME_PANEL",
                List.of("corby-borough-council", "kettering-borough-council"));
        ApiClient officer = fixtures.officerOf(panel.host());
        String path = "/api/v1/committees/" + panel.code();
        String etag = officer.get(path).header("ETag").orElseThrow();

        ApiClient.Response councillor = send(
                officer, "POST", path + "/members", Map.of("name", "Cllr A Example (fictional)", "kind", "COUNCILLOR",
                        "appointedBy", "corby-borough-council", "startDate", "2025-05-20", "endDate", "2029-05-19"),
                etag);
        assertThat(councillor.status()).as(councillor.toString()).isEqualTo(200);
        etag = councillor.header("ETag").orElseThrow();
        ApiClient.Response coOpted = send(officer, "POST", path + "/members",
                Map.of("name", "B Example (fictional)", "kind", "CO_OPTED_INDEPENDENT", "startDate", "2025-06-01"),
                etag);

        assertThat(coOpted.status()).as(coOpted.toString()).isEqualTo(200);
        assertThat(coOpted.json().get("members")).hasSize(2);
        assertThat(coOpted.json().get("members").get(0).get("endDate").asString()).isEqualTo("2029-05-19");
        etag = coOpted.header("ETag").orElseThrow();
        assertRuleViolated(
                send(officer, "POST", path + "/members",
                        Map.of("name", "C", "kind", "COUNCILLOR", "appointedBy", "daventry-district-council"), etag),
                "holds none");
        assertRuleViolated(send(officer, "POST", path + "/members",
                Map.of("name", "D", "kind", "CO_OPTED_INDEPENDENT", "appointedBy", "corby-borough-council"), etag),
                "appointed by the body");
        assertRuleViolated(
                send(officer, "POST", path + "/members", Map.of("name", "E", "kind", "COUNCILLOR", "appointedBy",
                        "corby-borough-council", "startDate", "2025-05-20", "endDate", "2025-05-01"), etag),
                "cannot end");
        assertThat(PublishedEvents.SCRUTINY.about("bodies/" + panel.code(), "body-member-appointed.v1")
            .get("data")
            .get("appointedBy")
            .asString()).isEqualTo("corby-borough-council");
    }

    @Test
    void recordsThePanelArrangementsEachAuthorityAgreedWithTheDateOnce() {
        Body panel = fixtures.body("POLICE_AND_CRIME_PANEL", List.of("corby-borough-council"));
        ApiClient officer = fixtures.officerOf(panel.host());
        String path = "/api/v1/committees/" + panel.code() + "/arrangements";
        String etag = officer.get("/api/v1/committees/" + panel.code()).header("ETag").orElseThrow();

        ApiClient.Response agreed = send(officer, "POST", path,
                Map.of("organisation", "corby-borough-council", "agreedOn", "2012-06-28"), etag);

        assertThat(agreed.status()).as(agreed.toString()).isEqualTo(200);
        assertThat(agreed.json().get("arrangements").get(0).get("agreedOn").asString()).isEqualTo("2012-06-28");
        String now = agreed.header("ETag").orElseThrow();
        assertRuleViolated(send(officer, "POST", path,
                Map.of("organisation", "corby-borough-council", "agreedOn", "2012-07-01"), now), "already agreed");
        assertRuleViolated(
                send(officer, "POST", path,
                        Map.of("organisation", "daventry-district-council", "agreedOn", "2012-07-01"), now),
                "holding a seat");
        assertRuleViolated(send(officer, "POST", path,
                Map.of("organisation", "corby-borough-council", "agreedOn", fixtures.today().plusDays(3).toString()),
                now), "still to come");
        Body committee = fixtures.committee();
        String committeeTag = fixtures.officerOf(committee.host())
            .get("/api/v1/committees/" + committee.code())
            .header("ETag")
            .orElseThrow();
        assertRuleViolated(send(fixtures.officerOf(committee.host()), "POST",
                "/api/v1/committees/" + committee.code() + "/arrangements",
                Map.of("organisation", committee.host(), "agreedOn", "2012-07-01"), committeeTag), "not for");
    }

    @Test
    void letsOnlyAdministratorsRecordBodiesAndOnlyTheHostsOfficersAppoint() {
        Body committee = fixtures.committee();
        String path = "/api/v1/committees/" + committee.code();
        Map<String, Object> body = Map.of("code", Fixtures.unique("cdc"), "name", "A committee", "kind",
                "CRIME_AND_DISORDER_COMMITTEE", "hostOrganisation", "corby-borough-council");

        assertThat(fixtures.officerOf("corby-borough-council").post("/api/v1/committees", body).status())
            .isEqualTo(403);
        assertNotPermitted(
                send(fixtures.officerOf(Fixtures.unique("council")), "POST", path + "/members",
                        Map.of("name", "Cllr X", "kind", "COUNCILLOR", "appointedBy", committee.host()), "\"0\""),
                "Only the scrutiny officers of '" + committee.host() + "'");
        assertRuleViolated(
                fixtures.administrator()
                    .post("/api/v1/committees",
                            Map.of("code", Fixtures.unique("cdc"), "name", "Joint", "kind",
                                    "CRIME_AND_DISORDER_COMMITTEE", "hostOrganisation", "corby-borough-council",
                                    "seats", List.of("corby-borough-council", "kettering-borough-council"))),
                "its own local authority");
        assertThat(fixtures.administrator()
            .post("/api/v1/committees",
                    Map.of("code", committee.code(), "name", "Again", "kind", "CRIME_AND_DISORDER_COMMITTEE",
                            "hostOrganisation", "corby-borough-council"))
            .status()).isEqualTo(409);
    }

}
