package org.communitysafety.partnership.partnership;

import java.util.List;
import java.util.Map;

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
import static org.communitysafety.partnership.Fixtures.assertRuleViolated;
import static org.communitysafety.partnership.Fixtures.send;
import static org.communitysafety.partnership.Fixtures.update;
import static org.communitysafety.partnership.Fixtures.with;

@PartnershipServiceTest
class GroupLifecycleTests {

    @Autowired
    Fixtures fixtures;

    private ApiClient manager;

    @BeforeEach
    void setUp() {
        manager = fixtures.groupManager();
    }

    @Test
    void movesAGroupFromProposedToActiveToDissolvedRecordingTheDateOfEachStep() {
        String group = fixtures.formed(with(Fixtures.partnership(Fixtures.unique("group"), List.of()), "status",
                "PROPOSED", "statusSince", "2015-04-01"));

        ApiClient.Response active = update(manager, "POST", "/api/v1/partnerships/" + group + "/status",
                Map.of("status", "ACTIVE", "since", "2015-09-01", "reason", "Agreed by the County Chief Executives"));
        ApiClient.Response dissolved = update(manager, "POST", "/api/v1/partnerships/" + group + "/status",
                Map.of("status", "DISSOLVED", "since", "2016-03-31"));

        assertThat(active.status()).as(active.toString()).isEqualTo(200);
        assertThat(dissolved.status()).as(dissolved.toString()).isEqualTo(200);
        JsonNode history = dissolved.json().get("statusHistory");
        assertThat(history.findValuesAsString("status")).containsExactly("PROPOSED", "ACTIVE", "DISSOLVED");
        assertThat(history.findValuesAsString("since")).containsExactly("2015-04-01", "2015-09-01", "2016-03-31");
        assertThat(dissolved.json().get("statusSince").asString()).isEqualTo("2016-03-31");
        JsonNode event = PublishedEvents.PARTNERSHIP.about("partnerships/" + group, "partnership-status-changed.v1");
        assertThat(event.get("data").get("previousStatus").asString()).isEqualTo("PROPOSED");
        assertThat(EventContracts.of(".").violations("partnership-status-changed.v1", event.get("data"))).isEmpty();
    }

    @Test
    void refusesStatusChangesTheLifecycleDoesNotAllowAndChangesToADissolvedGroup() {
        String group = fixtures
            .formed(with(Fixtures.partnership(Fixtures.unique("group"), List.of()), "statusSince", "2015-04-01"));
        String path = "/api/v1/partnerships/" + group + "/status";

        assertRuleViolated(update(manager, "POST", path, Map.of("status", "PROPOSED")), "cannot become PROPOSED");
        assertRuleViolated(update(manager, "POST", path, Map.of("status", "ACTIVE")), "cannot become ACTIVE");
        assertRuleViolated(update(manager, "POST", path, Map.of("status", "DISSOLVED", "since", "2015-03-31")),
                "between 2015-04-01");
        assertRuleViolated(update(manager, "POST", path, Map.of("status", "DISSOLVED", "since", "2999-01-01")),
                "and today");
        assertThat(update(manager, "POST", path, Map.of("status", "DISSOLVED")).status()).isEqualTo(200);

        assertRuleViolated(update(manager, "POST", path, Map.of("status", "ACTIVE")),
                "DISSOLVED and cannot become ACTIVE");
        assertRuleViolated(update(manager, "PATCH", "/api/v1/partnerships/" + group, Map.of("name", "Revived")),
                "can no longer change");
        assertRuleViolated(update(manager, "PUT",
                "/api/v1/partnerships/" + group + "/member-organisations/" + fixtures.registeredOrganisation(), null),
                "can no longer change");
        assertRuleViolated(
                fixtures.administrator()
                    .post("/api/v1/partnerships",
                            with(Fixtures.partnership(Fixtures.unique("csp"), List.of()), "status", "DISSOLVED")),
                "cannot be formed dissolved");
        assertRuleViolated(
                fixtures.administrator()
                    .post("/api/v1/partnerships",
                            with(Fixtures.partnership(Fixtures.unique("csp"), List.of()), "reportsTo", group)),
                "dissolved");
    }

    @Test
    void refusesToDissolveAGroupWhileRepresentativesServeOnItOrGroupsReportToIt() {
        String police = fixtures.registeredOrganisation();
        String group = fixtures.partnershipOf(police);
        String member = fixtures.appointed(group, Fixtures.member(police, "serving@police.example", "MEMBER"));
        String child = fixtures
            .formed(with(Fixtures.partnership(Fixtures.unique("csp"), List.of()), "reportsTo", group));
        String path = "/api/v1/partnerships/" + group + "/status";

        assertRuleViolated(update(manager, "POST", path, Map.of("status", "DISSOLVED")), "1 representative(s) serving");
        update(manager, "POST", "/api/v1/partnerships/" + group + "/members/" + member + "/stand-down", Map.of());
        assertRuleViolated(update(manager, "POST", path, Map.of("status", "DISSOLVED")), child);
        update(manager, "PATCH", "/api/v1/partnerships/" + child, Map.of("reportsTo", fixtures.partnershipOf()));

        assertThat(update(manager, "POST", path, Map.of("status", "DISSOLVED")).status()).isEqualTo(200);
        assertRuleViolated(manager.post("/api/v1/partnerships/" + group + "/members",
                Fixtures.member(police, "late@police.example", "MEMBER")), "is dissolved");
    }

    @Test
    void addsAndRemovesMemberOrganisationsOnceEach() {
        String police = fixtures.registeredOrganisation();
        String fire = fixtures.registeredOrganisation();
        String group = fixtures.partnershipOf(police);
        String path = "/api/v1/partnerships/" + group + "/member-organisations/";

        ApiClient.Response added = send(manager, "PUT", path + fire, null, "\"0\"");
        ApiClient.Response again = update(manager, "PUT", path + fire, null);
        String member = fixtures.appointed(group, Fixtures.member(fire, "officer@fire.example", "MEMBER"));
        ApiClient.Response whileServing = update(manager, "DELETE", path + fire, null);
        update(manager, "POST", "/api/v1/partnerships/" + group + "/members/" + member + "/stand-down", Map.of());
        ApiClient.Response removed = update(manager, "DELETE", path + fire, null);

        assertThat(added.status()).isEqualTo(200);
        assertThat(added.json().get("memberOrganisations")).extracting(JsonNode::asString)
            .containsExactly(police, fire);
        assertThat(again.header("ETag")).contains("\"1\"");
        assertRuleViolated(whileServing, "stand them down first");
        assertThat(removed.status()).isEqualTo(200);
        assertThat(removed.json().get("memberOrganisations")).extracting(JsonNode::asString).containsExactly(police);
        assertRuleViolated(update(manager, "PUT", path + "not-registered", null), "is not registered");
        JsonNode event = PublishedEvents.PARTNERSHIP.about("partnerships/" + group, "member-organisation-removed.v1");
        assertThat(EventContracts.of(".").violations("member-organisation-removed.v1", event.get("data"))).isEmpty();
        assertThat(EventContracts.of(".")
            .violations("member-organisation-added.v1",
                    PublishedEvents.PARTNERSHIP.about("partnerships/" + group, "member-organisation-added.v1")
                        .get("data")))
            .isEmpty();
    }

}
