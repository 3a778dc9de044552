package org.communitysafety.partnership.partnership;

import java.util.List;
import java.util.Map;

import org.communitysafety.testkit.ApiClient;
import org.communitysafety.partnership.Fixtures;
import org.communitysafety.partnership.PartnershipServiceTest;
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
class ReportingLineTests {

    @Autowired
    Fixtures fixtures;

    private ApiClient manager;

    @BeforeEach
    void setUp() {
        manager = fixtures.groupManager();
    }

    @Test
    void refusesAReportingLineToItselfToAMissingGroupOrRoundInACircle() {
        String top = fixtures.partnershipOf();
        String middle = fixtures
            .formed(with(Fixtures.partnership(Fixtures.unique("csp"), List.of()), "reportsTo", top));
        String bottom = fixtures
            .formed(with(Fixtures.partnership(Fixtures.unique("csp"), List.of()), "reportsTo", middle));

        ApiClient.Response circle = update(manager, "PATCH", "/api/v1/partnerships/" + top,
                Map.of("reportsTo", bottom));
        ApiClient.Response itself = update(manager, "PATCH", "/api/v1/partnerships/" + top, Map.of("reportsTo", top));
        ApiClient.Response missing = update(manager, "PATCH", "/api/v1/partnerships/" + top,
                Map.of("reportsTo", "no-such-group"));

        assertThat(circle.status()).isEqualTo(422);
        assertThat(circle.json().get("detail").asString()).contains("circle")
            .contains(top + " -> " + bottom + " -> " + middle + " -> " + top);
        assertRuleViolated(itself, "itself");
        assertRuleViolated(missing, "does not exist");
        assertThat(manager.get("/api/v1/partnerships/" + top).json().get("reportsTo").isNull()).isTrue();
    }

    @Test
    void showsTheReportingTreeFromAGroupDown() {
        String top = fixtures.partnershipOf();
        String middle = fixtures
            .formed(with(Fixtures.partnership(Fixtures.unique("mid"), List.of()), "reportsTo", top));
        String leaf = fixtures
            .formed(with(Fixtures.partnership(Fixtures.unique("leaf"), List.of()), "reportsTo", middle));
        String sibling = fixtures
            .formed(with(Fixtures.partnership(Fixtures.unique("sib"), List.of()), "reportsTo", top));

        JsonNode tree = manager.get("/api/v1/partnerships/" + top + "/tree").json();

        assertThat(tree.get("code").asString()).isEqualTo(top);
        assertThat(tree.get("reports").findValuesAsString("code")).containsExactlyInAnyOrder(middle, leaf, sibling);
        JsonNode middleNode = tree.get("reports").get(0).get("code").asString().equals(middle)
                ? tree.get("reports").get(0) : tree.get("reports").get(1);
        assertThat(middleNode.get("reports").get(0).get("code").asString()).isEqualTo(leaf);
        assertThat(manager.get("/api/v1/partnerships/no-such-group/tree").status()).isEqualTo(404);
    }

    @Test
    void refusesAReportingCadenceThatIsNotAPeriodOrIsNoTimeAtAll() {
        String group = fixtures.partnershipOf();

        ApiClient.Response words = update(manager, "PATCH", "/api/v1/partnerships/" + group,
                Map.of("reportingCadence", "six months"));
        ApiClient.Response zero = update(manager, "PATCH", "/api/v1/partnerships/" + group,
                Map.of("reportingCadence", "P0M"));

        assertThat(words.status()).isEqualTo(400);
        assertThat(words.json().get("errors").findValuesAsString("field")).containsExactly("reportingCadence");
        assertRuleViolated(zero, "longer than no time");
    }

}
