package org.communitysafety.partnership.membership;

import java.util.List;

import org.communitysafety.partnership.Fixtures;
import org.communitysafety.partnership.PartnershipServiceTest;
import org.communitysafety.partnership.PublishedKeys;
import org.communitysafety.testkit.ApiClient;
import org.communitysafety.testkit.EventContracts;
import org.communitysafety.testkit.PublishedEvents;
import org.communitysafety.testkit.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.communitysafety.partnership.Fixtures.assertRuleViolated;

@PartnershipServiceTest
class MembershipTests {

    @Autowired
    Fixtures fixtures;

    private ApiClient groupManager;

    @BeforeEach
    void setUp() {
        groupManager = fixtures.groupManager();
    }

    @Test
    void appointsARepresentativeAndPublishesMemberAppointedKeepingItsContract() {
        String police = fixtures.registeredOrganisation();
        String csp = fixtures.partnershipOf(police);

        ApiClient.Response appointed = groupManager.post("/api/v1/partnerships/" + csp + "/members",
                Fixtures.member(police, "Sam.Example@Police.example", "CHAIR"));

        assertThat(appointed.status()).as(appointed.toString()).isEqualTo(201);
        assertThat(appointed.header("ETag")).contains("\"0\"");
        String membershipId = appointed.json().get("id").asString();
        assertThat(appointed.json().get("email").asString()).isEqualTo("sam.example@police.example");
        assertThat(groupManager.get("/api/v1/partnerships/" + csp + "/members").json())
            .extracting(member -> member.get("id").asString())
            .containsExactly(membershipId);

        JsonNode event = PublishedEvents.PARTNERSHIP.about("memberships/" + membershipId, "member-appointed.v2");
        assertThat(event.get("type").asString()).isEqualTo("org.communitysafety.partnership.member-appointed.v2");
        assertThat(event.get("specversion").asString()).isEqualTo("1.0");
        assertThat(event.get("source").asString()).isEqualTo("/services/partnership");
        assertThat(event.get("partitionkey").asString()).isEqualTo(membershipId);
        assertThat(event.get("organisation").asString()).isEqualTo("northamptonshire-county-council");
        assertThat(event.get("actor").asString()).isEqualTo("northamptonshire-county-council");
        assertThat(event.get("traceparent").asString()).matches("00-[0-9a-f]{32}-[0-9a-f]{16}-01");
        assertThat(EventContracts.of(".").violations("member-appointed.v2", event.get("data"))).isEmpty();
        assertThat(event.toString()).doesNotContain("sam.example@police.example").doesNotContain("Sam Example");
        JsonNode person = PublishedKeys.opened(event.get("data").get("personalData"));
        assertThat(person.get("email").asString()).isEqualTo("sam.example@police.example");
        assertThat(person.get("name").asString()).isEqualTo("Sam Example (fictional)");
    }

    @Test
    void showsRepresentativesAndTheirEmailsOnlyToAuthenticatedCallers() {
        String police = fixtures.registeredOrganisation();
        String csp = fixtures.partnershipOf(police);
        fixtures.appointed(csp, Fixtures.member(police, "private@police.example", "MEMBER"));

        for (String path : List.of("/api/v1/partnerships/" + csp + "/members",
                "/api/v1/organisations/" + police + "/memberships")) {
            ApiClient.Response refused = fixtures.anonymous().get(path);
            assertThat(refused.status()).isEqualTo(401);
            assertThat(refused.isProblem()).isTrue();
            assertThat(refused.body()).doesNotContain("@");
            ApiClient.Response read = fixtures.as("northamptonshire-police", "AGENCY").get(path);
            assertThat(read.json().get(0).get("email").asString()).isEqualTo("private@police.example");
        }
        assertThat(groupManager.get("/api/v1/organisations/no-such-org/memberships").status()).isEqualTo(404);
    }

    @Test
    void keepsTheHistoryOfWhoChangedAnOrganisationAndWhen() {
        String police = fixtures.registeredOrganisation();

        JsonNode history = groupManager.get("/api/v1/organisations/" + police + "/history").json();

        assertThat(history).hasSize(1);
        assertThat(history.get(0).get("type").asString())
            .isEqualTo("org.communitysafety.partnership.organisation-registered.v1");
        assertThat(history.get(0).get("organisation").asString()).isEqualTo("northamptonshire-county-council");
        assertThat(history.get(0).get("data").get("organisationId").asString()).isEqualTo(police);
    }

    @Test
    void refusesAnOrganisationThatIsNotAMemberOfThePartnership() {
        String police = fixtures.registeredOrganisation();
        String outsider = fixtures.registeredOrganisation();
        String csp = fixtures.partnershipOf(police);

        ApiClient.Response refused = groupManager.post("/api/v1/partnerships/" + csp + "/members",
                Fixtures.member(outsider, "x@outsider.example", "MEMBER"));

        assertRuleViolated(refused, "not a member organisation");
    }

    @Test
    void refusesASecondChairWhileTheFirstServes() {
        String police = fixtures.registeredOrganisation();
        String csp = fixtures.partnershipOf(police);
        groupManager.post("/api/v1/partnerships/" + csp + "/members",
                Fixtures.member(police, "first@police.example", "CHAIR"));

        ApiClient.Response refused = groupManager.post("/api/v1/partnerships/" + csp + "/members",
                Fixtures.member(police, "second@police.example", "CHAIR"));

        assertRuleViolated(refused, "already has a chair");
    }

    @Test
    void refusesTheSamePersonTwiceOnOneGroup() {
        String police = fixtures.registeredOrganisation();
        String csp = fixtures.partnershipOf(police);
        groupManager.post("/api/v1/partnerships/" + csp + "/members",
                Fixtures.member(police, "same@police.example", "MEMBER"));

        ApiClient.Response refused = groupManager.post("/api/v1/partnerships/" + csp + "/members",
                Fixtures.member(police, "SAME@police.example", "ADVISER"));

        assertRuleViolated(refused, "already a member");
    }

    @Test
    void refusesAnAppointmentWithoutATokenOrFromAnAgencyOrWithAForgedToken() {
        String police = fixtures.registeredOrganisation();
        String csp = fixtures.partnershipOf(police);
        String path = "/api/v1/partnerships/" + csp + "/members";
        var body = Fixtures.member(police, "someone@police.example", "MEMBER");
        ApiClient anonymous = fixtures.anonymous();

        assertThat(anonymous.post(path, body).status()).isEqualTo(401);
        assertThat(anonymous.post(path, body).isProblem()).isTrue();
        assertThat(anonymous.withToken(TestTokens.shared().forOrganisation(police, "AGENCY")).post(path, body).status())
            .isEqualTo(403);
        assertThat(anonymous.withToken(TestTokens.shared().expiredFor("x", "ADMINISTRATOR")).post(path, body).status())
            .isEqualTo(401);
        assertThat(anonymous.withToken(TestTokens.shared().signedByAStranger("x", "ADMINISTRATOR"))
            .post(path, body)
            .status()).isEqualTo(401);
        assertThat(groupManager.get(path).json()).isEmpty();
    }

}
