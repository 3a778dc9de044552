package org.communitysafety.priority.joinedup;

import java.time.LocalDate;
import java.util.List;

import org.communitysafety.priority.Fixtures;
import org.communitysafety.priority.PriorityServiceTest;
import org.communitysafety.priority.TestClock;
import org.communitysafety.testkit.ApiClient;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.communitysafety.priority.Fixtures.assertRuleViolated;
import static org.communitysafety.priority.Fixtures.body;
import static org.communitysafety.priority.Fixtures.created;

@PriorityServiceTest
class JoinedUpWorkingTests {

    @Autowired
    Fixtures fixtures;

    @Autowired
    TestClock clock;

    @Test
    void offersActionsOfDifferentCspsThatLookLikeTheSameWorkWithWhy() {
        Fixtures.World world = fixtures.world();
        String countywide = fixtures.countywidePriority(world);
        String otherCouncil = fixtures.organisation("other-district-council");
        String otherCsp = fixtures.group("other-csp", "DISTRICT_CSP", otherCouncil,
                List.of(otherCouncil, world.police()));
        ApiClient district = fixtures.managerFor(world.districtCouncil());
        ApiClient other = fixtures.managerFor(otherCouncil);
        String local = fixtures.localPriority(world, countywide);
        String otherLocal = created(other.post("/api/v1/priorities",
                body("title", "Town centre violence", "theme", "violence", "scope", "LOCAL", "partnership", otherCsp,
                        "leadGroup", otherCsp, "sources", List.of("STRATEGIC_ASSESSMENT"), "parent", countywide,
                        "since", "2015-16")));
        LocalDate due = clock.today().plusMonths(3);
        String patrols = action(district, local, "Night-time patrols in the town centre", world.police(), due);
        String otherPatrols = action(other, otherLocal, "Town centre night time patrol", world.police(), due);
        action(other, otherLocal, "Train licensing officers", otherCouncil, due);
        action(district, local, "Night-time patrols around the town centre", world.police(), due);

        JsonNode candidates = district.get("/api/v1/priorities/" + countywide + "/joint-working-candidates").json();

        assertThat(candidates).hasSize(2);
        JsonNode first = candidates.get(0);
        assertThat(first.get("actions")).extracting(JsonNode::asString).contains(patrols, otherPatrols);
        assertThat(first.get("partnerships")).extracting(JsonNode::asString).containsExactly(world.csp(), otherCsp);
        assertThat(first.get("why").asString()).contains("Both take forward").contains("patrol");
        assertThat(candidates).allSatisfy(candidate -> assertThat(candidate.get("partnerships").get(0).asString())
            .isNotEqualTo(candidate.get("partnerships").get(1).asString()));
        assertRuleViolated(district.get("/api/v1/priorities/" + local + "/joint-working-candidates"),
                "is a local priority");
    }

    private static String action(ApiClient manager, String priority, String title, String owner, LocalDate due) {
        return created(manager.post("/api/v1/priorities/" + priority + "/actions",
                body("title", title, "ownerOrganisation", owner, "dueDate", due.toString())));
    }

}
