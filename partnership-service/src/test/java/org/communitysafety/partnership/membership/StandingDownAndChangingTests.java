package org.communitysafety.partnership.membership;

import java.time.LocalDate;
import java.util.Map;

import org.communitysafety.partnership.Fixtures;
import org.communitysafety.partnership.PartnershipServiceTest;
import org.communitysafety.partnership.PublishedKeys;
import org.communitysafety.testkit.ApiClient;
import org.communitysafety.testkit.EventContracts;
import org.communitysafety.testkit.PublishedEvents;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.communitysafety.partnership.Fixtures.assertRuleViolated;
import static org.communitysafety.partnership.Fixtures.send;
import static org.communitysafety.partnership.Fixtures.update;
import static org.communitysafety.partnership.Fixtures.with;

@PartnershipServiceTest
class StandingDownAndChangingTests {

    @Autowired
    Fixtures fixtures;

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
    void standsDownARepresentativeWhoStillServedOnThePastDaysOfTheirMembership() {
        String member = fixtures.appointed(group,
                with(Fixtures.member(police, "leaver@police.example", "MEMBER"), "startDate", "2015-04-01"));

        ApiClient.Response stoodDown = send(manager, "POST", members() + "/" + member + "/stand-down",
                Map.of("endDate", "2015-12-31", "reason", "Moved to another policing area"), "\"0\"");

        assertThat(stoodDown.status()).as(stoodDown.toString()).isEqualTo(200);
        assertThat(stoodDown.json().get("endDate").asString()).isEqualTo("2015-12-31");
        assertThat(stoodDown.json().get("standDownReason").asString()).isEqualTo("Moved to another policing area");
        assertThat(manager.get(members()).json()).isEmpty();
        assertThat(manager.get(members() + "?asAt=2015-06-01").json()).extracting(m -> m.get("id").asString())
            .containsExactly(member);
        assertThat(manager.get(members() + "?asAt=2016-01-01").json()).isEmpty();
        assertThat(manager.get("/api/v1/organisations/" + police + "/memberships?asAt=2015-06-01").json())
            .extracting(m -> m.get("partnership").asString())
            .containsExactly(group);
        JsonNode event = PublishedEvents.PARTNERSHIP.about("memberships/" + member, "member-stood-down.v1");
        assertThat(event.get("data").get("endDate").asString()).isEqualTo("2015-12-31");
        assertThat(EventContracts.of(".").violations("member-stood-down.v1", event.get("data"))).isEmpty();
    }

    @Test
    void refusesToStandDownBeforeTheStartTwiceLaterThanAKnownEndOrFromAStaleRead() {
        String member = fixtures.appointed(group, with(Fixtures.member(police, "careful@police.example", "MEMBER"),
                "startDate", "2015-04-01", "endDate", "2999-03-31"));
        String path = members() + "/" + member + "/stand-down";

        assertRuleViolated(update(manager, "POST", path, Map.of("endDate", "2015-03-31")), "before they started");
        assertRuleViolated(update(manager, "POST", path, Map.of("endDate", "3000-01-01")), "cannot extend it");
        ApiClient.Response stale = send(manager, "POST", path, Map.of(), "\"5\"");
        assertThat(stale.status()).isEqualTo(412);
        assertThat(update(manager, "POST", path, Map.of("endDate", "2015-12-31")).status()).isEqualTo(200);
        assertRuleViolated(update(manager, "POST", path, Map.of()), "already stood down on 2015-12-31");
        assertThat(update(manager, "POST", members() + "/no-such-membership/stand-down", Map.of()).status())
            .isEqualTo(404);
    }

    @Test
    void changesARepresentativesDetailsAndPublishesThemWhole() {
        String member = fixtures.appointed(group, Fixtures.member(police, "old.address@police.example", "MEMBER"));

        ApiClient.Response changed = send(manager, "PATCH", members() + "/" + member,
                Map.of("role", "Superintendent", "email", "New.Address@Police.example", "roleOnGroup", "VICE_CHAIR"),
                "\"0\"");

        assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
        assertThat(changed.json().get("email").asString()).isEqualTo("new.address@police.example");
        assertThat(changed.json().get("name").asString()).isEqualTo("Sam Example (fictional)");
        JsonNode event = PublishedEvents.PARTNERSHIP.about("memberships/" + member, "member-details-changed.v2");
        assertThat(event.get("data").get("changed")).extracting(JsonNode::asString)
            .containsExactly("role", "email", "roleOnGroup");
        assertThat(event.toString()).doesNotContain("new.address@police.example").doesNotContain("Superintendent");
        JsonNode person = PublishedKeys.opened(event.get("data").get("personalData"));
        assertThat(person.get("name").asString()).isEqualTo("Sam Example (fictional)");
        assertThat(person.get("email").asString()).isEqualTo("new.address@police.example");
        assertThat(EventContracts.of(".").violations("member-details-changed.v2", event.get("data"))).isEmpty();
        assertThat(manager.get(members() + "/" + member + "/history").json()).hasSize(2);
    }

    @Test
    void refusesChangesThatWouldBreakTheRulesOfTheGroup() {
        fixtures.appointed(group, Fixtures.member(police, "chair@police.example", "CHAIR"));
        String member = fixtures.appointed(group,
                with(Fixtures.member(police, "member@police.example", "MEMBER"), "startDate", "2015-04-01"));
        String path = members() + "/" + member;

        assertRuleViolated(update(manager, "PATCH", path, Map.of("roleOnGroup", "CHAIR")), "already has a chair");
        assertRuleViolated(update(manager, "PATCH", path, Map.of("email", "chair@police.example")), "already a member");
        assertRuleViolated(
                update(manager, "PATCH", path, Map.of("delegatedAuthority", false, "authorityScope", "Everything")),
                "needs delegated authority");
        ApiClient.Response withdrawn = update(manager, "PATCH", path, Map.of("delegatedAuthority", false));
        assertThat(withdrawn.status()).isEqualTo(200);
        assertThat(withdrawn.json().get("authorityScope").isNull()).isTrue();
        update(manager, "POST", path + "/stand-down", Map.of("endDate", LocalDate.now().minusDays(1).toString()));
        assertRuleViolated(update(manager, "PATCH", path, Map.of("role", "Retired")), "its record is kept as it was");
    }

    @Test
    void refusesAnAppointmentThatEndsBeforeItStartsOrScopesAuthorityNotDelegated() {
        assertRuleViolated(manager.post(members(), with(Fixtures.member(police, "a@police.example", "MEMBER"),
                "startDate", "2015-04-01", "endDate", "2015-03-01")), "before it starts");
        assertRuleViolated(
                manager.post(members(),
                        with(Fixtures.member(police, "b@police.example", "MEMBER"), "delegatedAuthority", false)),
                "needs delegated authority");
        assertThat(manager.get(members() + "?asAt=2015-04-01").json()).isEmpty();
    }

    @Test
    void letsANewChairBeAppointedOnceTheOldOneHasStoodDown() {
        String old = fixtures.appointed(group,
                with(Fixtures.member(police, "old.chair@police.example", "CHAIR"), "startDate", "2015-04-01"));
        update(manager, "POST", members() + "/" + old + "/stand-down", Map.of("endDate", "2016-03-31"));

        ApiClient.Response overlapping = manager.post(members(),
                with(Fixtures.member(police, "new.chair@police.example", "CHAIR"), "startDate", "2016-03-31"));
        ApiClient.Response following = manager.post(members(),
                with(Fixtures.member(police, "new.chair@police.example", "CHAIR"), "startDate", "2016-04-01"));

        assertRuleViolated(overlapping, "already has a chair from 2015-04-01 to 2016-03-31");
        assertThat(following.status()).as(following.toString()).isEqualTo(201);
    }

    private String members() {
        return "/api/v1/partnerships/" + group + "/members";
    }

}
