package org.communitysafety.scrutiny.recommendation;

import java.util.List;
import java.util.Map;

import org.communitysafety.scrutiny.Fixtures;
import org.communitysafety.scrutiny.Fixtures.Body;
import org.communitysafety.scrutiny.ScrutinyServiceTest;
import org.communitysafety.testkit.ApiClient;
import org.communitysafety.testkit.PublishedEvents;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.communitysafety.scrutiny.Fixtures.assertNotPermitted;
import static org.communitysafety.scrutiny.Fixtures.assertRuleViolated;
import static org.communitysafety.scrutiny.Fixtures.send;

@ScrutinyServiceTest
class RecommendationTests {

    @Autowired
    Fixtures fixtures;

    @Test
    void sendsARecommendationWithItsResponseDueTwentyEightDaysLater() {
        Body body = fixtures.committee();
        String police = fixtures.knownOrganisation();

        ApiClient.Response made = fixtures.officerOf(body.host())
            .post("/api/v1/committees/" + body.code() + "/recommendations", recommendation("ORGANISATION", police));

        assertThat(made.status()).as(made.toString()).isEqualTo(201);
        assertThat(made.json().get("sentOn").asString()).isEqualTo(fixtures.today().toString());
        assertThat(made.json().get("responseDue").asString()).isEqualTo(fixtures.today().plusDays(28).toString());
        assertThat(made.json().get("overdue").asBoolean()).isFalse();
        JsonNode event = PublishedEvents.SCRUTINY.about("recommendations/" + made.json().get("id").asString(),
                "recommendation-made.v1");
        assertThat(event.get("data").get("addresseeId").asString()).isEqualTo(police);
        assertThat(event.get("data").get("responseDue").asString()).isEqualTo(fixtures.today().plusDays(28).toString());
    }

    @Test
    void refusesAnAddresseeThePlatformDoesNotKnowAndCallersWhoDoNotActForTheBody() {
        Body body = fixtures.committee();
        String path = "/api/v1/committees/" + body.code() + "/recommendations";

        assertRuleViolated(fixtures.officerOf(body.host()).post(path, recommendation("ORGANISATION", "nobody-known")),
                "No organisation 'nobody-known'");
        assertNotPermitted(
                fixtures.officerOf(Fixtures.unique("council")).post(path, recommendation("ORGANISATION", "x")),
                "may make its recommendations");
        assertThat(fixtures.as(body.host(), "AGENCY").post(path, recommendation("ORGANISATION", "x")).status())
            .isEqualTo(403);
    }

    @Test
    void letsOnlyTheAddresseeRecordTheResponseWithReasonsAndTheActionsThatCarryItOut() {
        Body body = fixtures.committee();
        String police = fixtures.knownOrganisation();
        String partnership = fixtures.knownPartnership(police);
        String priority = fixtures.knownPriority(partnership);
        String action = fixtures.knownAction(priority, partnership);
        ApiClient.Response made = fixtures.officerOf(body.host())
            .post("/api/v1/committees/" + body.code() + "/recommendations", recommendation("ORGANISATION", police));
        String path = "/api/v1/recommendations/" + made.json().get("id").asString() + "/response";
        String etag = made.header("ETag").orElseThrow();
        ApiClient addressee = fixtures.as(police, "AGENCY");

        assertNotPermitted(send(fixtures.as(fixtures.knownOrganisation(), "AGENCY"), "POST", path,
                Map.of("outcome", "ACCEPTED"), etag), "Only the addressee");
        assertThat(send(fixtures.officerOf(body.host()), "POST", path, Map.of("outcome", "ACCEPTED"), etag).status())
            .isEqualTo(403);
        assertRuleViolated(send(addressee, "POST", path, Map.of("outcome", "REJECTED"), etag), "needs the reasons");
        assertRuleViolated(send(addressee, "POST", path,
                Map.of("outcome", "ACCEPTED", "actionIds", List.of("no-such-action")), etag), "No action");
        ApiClient.Response responded = send(addressee, "POST", path, Map.of("outcome", "PARTLY_ACCEPTED", "reasons",
                "Thursdays only, within budget", "actionIds", List.of(action)), etag);

        assertThat(responded.status()).as(responded.toString()).isEqualTo(200);
        assertThat(responded.json().get("response").get("outcome").asString()).isEqualTo("PARTLY_ACCEPTED");
        assertThat(responded.json().get("response").get("respondedBy").asString()).isEqualTo(police);
        assertRuleViolated(
                send(addressee, "POST", path, Map.of("outcome", "ACCEPTED"), responded.header("ETag").orElseThrow()),
                "it stands");
        JsonNode event = PublishedEvents.SCRUTINY.about("recommendations/" + made.json().get("id").asString(),
                "response-recorded.v1");
        assertThat(event.get("data").get("outcome").asString()).isEqualTo("PARTLY_ACCEPTED");
        assertThat(event.get("data").get("actionIds").get(0).asString()).isEqualTo(action);
    }

    @Test
    void letsTheOrganisationThatRunsAnAddressedPartnershipRespondForIt() {
        Body body = fixtures.committee();
        String council = fixtures.knownOrganisation();
        String partnership = fixtures.knownPartnership(council);
        ApiClient.Response made = fixtures.officerOf(body.host())
            .post("/api/v1/committees/" + body.code() + "/recommendations", recommendation("PARTNERSHIP", partnership));
        String path = "/api/v1/recommendations/" + made.json().get("id").asString() + "/response";
        String etag = made.header("ETag").orElseThrow();

        assertNotPermitted(send(fixtures.as(fixtures.knownOrganisation(), "AGENCY", "GROUP_MANAGER"), "POST", path,
                Map.of("outcome", "ACCEPTED"), etag), "run by '" + council + "'");
        ApiClient.Response responded = send(fixtures.as(council, "AGENCY", "GROUP_MANAGER"), "POST", path,
                Map.of("outcome", "ACCEPTED"), etag);

        assertThat(responded.status()).as(responded.toString()).isEqualTo(200);
    }

    @Test
    void answersBadInputWithAProblemAndStoresNothing() {
        Body body = fixtures.committee();
        ApiClient officer = fixtures.officerOf(body.host());
        String path = "/api/v1/committees/" + body.code() + "/recommendations";

        ApiClient.Response noTitle = officer.post(path, Map.of("review", "R", "text", "T", "addresseeKind",
                "ORGANISATION", "addresseeId", "northamptonshire-police"));
        ApiClient.Response badKind = officer.post(path, Map.of("review", "R", "title", "T", "text", "T",
                "addresseeKind", "SOMEONE", "addresseeId", "northamptonshire-police"));
        ApiClient.Response badId = officer.post(path, Map.of("review", "R", "title", "T", "text", "T", "addresseeKind",
                "ORGANISATION", "addresseeId", "Not A Code!"));

        for (ApiClient.Response response : List.of(noTitle, badKind, badId)) {
            assertThat(response.status()).as(response.toString()).isEqualTo(400);
            assertThat(response.isProblem()).isTrue();
        }
        assertThat(officer.get("/api/v1/recommendations?body=" + body.code()).json().get("totalItems").asLong())
            .isZero();
    }

    static Map<String, Object> recommendation(String kind, String addressee) {
        return Map.of("review", "Review of night-time economy safety", "title",
                "Extend the Street Pastors scheme to weekday evenings", "text",
                "The committee recommends extending the scheme to Thursday evenings.", "addresseeKind", kind,
                "addresseeId", addressee);
    }

}
