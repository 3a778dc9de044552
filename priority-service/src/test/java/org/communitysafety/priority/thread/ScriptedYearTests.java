package org.communitysafety.priority.thread;

import java.time.Instant;
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
import static org.communitysafety.priority.Fixtures.body;
import static org.communitysafety.priority.Fixtures.created;
import static org.communitysafety.priority.Fixtures.postMatching;

/**
 * The 2015-16 baseline plus a scripted year of Northampton CSP's work, with the clock
 * moved through it across both changes of the clocks: what the golden thread and the
 * statutory calendar say at each point.
 */
@PriorityServiceTest
class ScriptedYearTests {

    private static final String VIOLENCE = "countywide-violence-2015-16";

    private static final String FORTY_PERCENT = "violent-crime-reduction-40-percent";

    private static final String COUNTY = "county-strategy-group";

    private static final String NORTHAMPTON = "northampton-csp";

    private static final String AGREEMENT = "/api/v1/plans/county-strategy-group-2015-16";

    @Autowired
    Fixtures fixtures;

    @Autowired
    TestClock clock;

    @Test
    void theGoldenThreadAndTheStatutoryCalendarFollowTheYear() {
        clock.set(Instant.parse("2015-05-01T09:00:00Z"));
        fixtures.countyBaselineKnown();
        fixtures.administrator().post("/api/v1/priority-baseline", null);
        ApiClient county = fixtures.managerFor("northamptonshire-county-council");
        ApiClient northampton = fixtures.managerFor("northampton-borough-council");
        ApiClient police = fixtures.agency("northamptonshire-police");
        String local = created(northampton.post("/api/v1/priorities",
                body("title", "Violence in the night-time economy", "theme", "violence", "scope", "LOCAL",
                        "partnership", NORTHAMPTON, "leadGroup", NORTHAMPTON, "sources",
                        List.of("STRATEGIC_ASSESSMENT"), "parent", VIOLENCE, "since", "2015-16")));
        String localTarget = created(northampton.post("/api/v1/priorities/" + local + "/targets",
                body("measure", "Night-time economy violence, recorded offences", "direction", "REDUCE", "baseline",
                        500, "baselineOn", "2015-04-01", "target", 450, "deadline", "2016-03-31")));
        String profiling = fixtures.action(northampton, local, "northamptonshire-police", LocalDate.of(2015, 9, 30));
        String patrols = fixtures.action(northampton, local, "northampton-borough-council", LocalDate.of(2015, 10, 25));

        clock.set(Instant.parse("2015-06-01T08:00:00Z"));
        String assessment = created(
                northampton.post("/api/v1/strategic-assessments", body("partnership", NORTHAMPTON)));

        clock.set(Instant.parse("2015-06-20T10:00:00Z"));
        String plan = "/api/v1/plans/" + created(northampton.post("/api/v1/plans",
                body("partnership", NORTHAMPTON, "title", "Northampton Community Safety Plan 2015-16", "period",
                        "2015-16", "priorities", List.of(VIOLENCE, local))));
        assertThat(postMatching(northampton, plan, plan + "/agreement", null).status()).isEqualTo(200);
        assertThat(postMatching(northampton, plan, plan + "/publication", null).status()).isEqualTo(200);

        clock.set(Instant.parse("2015-07-01T10:00:00Z"));
        assertThat(postMatching(county, AGREEMENT, AGREEMENT + "/commissioner-copy",
                body("sentOn", "2015-07-01", "evidence", "Letter to the Commissioner, ref CSA/2015/01"))
            .status()).isEqualTo(200);

        clock.set(Instant.parse("2015-09-20T10:00:00Z"));
        assertThat(postMatching(police, "/api/v1/actions/" + profiling, "/api/v1/actions/" + profiling + "/completion",
                body("evidence", "Offender and location profiles presented to the CSP"))
            .status()).isEqualTo(200);

        clock.set(Instant.parse("2015-09-30T10:00:00Z"));
        postMatching(county, "/api/v1/targets/" + FORTY_PERCENT, "/api/v1/targets/" + FORTY_PERCENT + "/readings",
                body("value", 83, "readOn", "2015-09-30", "source", "Police recorded crime"));
        postMatching(northampton, "/api/v1/targets/" + localTarget, "/api/v1/targets/" + localTarget + "/readings",
                body("value", 470, "readOn", "2015-09-30", "source", "Police recorded crime"));
        postMatching(northampton, "/api/v1/strategic-assessments/" + assessment,
                "/api/v1/strategic-assessments/" + assessment + "/completion",
                body("findings", "Night-time economy violence is concentrated in the town centre",
                        "recommendedPriorities", List.of("Violence in the night-time economy")));
        assertThat(county
            .post("/api/v1/statutory-calendar/six-monthly-updates",
                    body("partnership", COUNTY, "dueOn", "2015-09-30", "metOn", "2015-09-24", "evidence",
                            "Minutes of the County Chief Executives, 24 Sep 2015"))
            .status()).isEqualTo(201);

        // 23:30 on 25 October, GMT since 01:00 UTC that day: the patrols are due today.
        clock.set(Instant.parse("2015-10-25T23:30:00Z"));
        assertThat(actionOf(localOf(thread(county)), patrols).get("overdue").asBoolean()).isFalse();

        clock.set(Instant.parse("2015-10-26T00:00:00Z"));
        JsonNode thread = thread(county);
        assertThat(thread.get("rag").asString()).isEqualTo("AMBER");
        JsonNode violence = thread.get("priorities").get(0);
        assertThat(violence.get("id").asString()).isEqualTo(VIOLENCE);
        assertThat(violence.get("rag").asString()).isEqualTo("AMBER");
        assertThat(violence.get("targets").get(0).get("rag").asString()).isEqualTo("AMBER");
        assertThat(violence.get("targets").get(0).get("latestReading").get("value").asDouble()).isEqualTo(83);
        JsonNode localNode = localOf(thread);
        assertThat(localNode.get("rag").asString()).isEqualTo("GREEN");
        assertThat(actionOf(localNode, patrols).get("overdue").asBoolean()).isTrue();
        assertThat(actionOf(localNode, profiling).get("status").asString()).isEqualTo("COMPLETED");
        assertThat(actionOf(localNode, profiling).get("overdue").asBoolean()).isFalse();
        assertThat(county.get("/api/v1/golden-thread/pcp-safest-roads").json().get("rag").asString())
            .isEqualTo("NO_READING");
        assertThat(county.get("/api/v1/golden-thread/pcp-anti-social-behaviour")
            .json()
            .get("priorities")
            .get(0)
            .get("rag")
            .asString()).isEqualTo("NO_READING");

        assertThat(duties(county, NORTHAMPTON)).containsExactly("ANNUAL_PLAN 2015-04-01 MET 2015-06-20",
                "STRATEGIC_ASSESSMENT 2015-10-31 MET 2015-09-30");
        assertThat(duties(county, "kettering-csp")).containsExactly("ANNUAL_PLAN 2015-04-01 OVERDUE -",
                "STRATEGIC_ASSESSMENT 2015-10-31 DUE -");
        assertThat(duties(county, COUNTY)).containsExactly("ANNUAL_PLAN 2015-04-01 MET 2015-04-01",
                "AGREEMENT_TO_COMMISSIONER 2015-04-29 MET 2015-07-01", "SIX_MONTHLY_UPDATE 2015-09-30 MET 2015-09-24",
                "SIX_MONTHLY_UPDATE 2016-03-31 DUE -", "AGREEMENT_REVIEW 2016-04-01 DUE -");

        clock.set(Instant.parse("2015-11-01T10:00:00Z"));
        assertThat(duties(county, "kettering-csp")).contains("STRATEGIC_ASSESSMENT 2015-10-31 OVERDUE -");

        // 23:59 BST on 1 April 2016 (BST since 27 March), then midnight.
        clock.set(Instant.parse("2016-04-01T22:59:00Z"));
        assertThat(duties(county, COUNTY)).contains("SIX_MONTHLY_UPDATE 2016-03-31 OVERDUE -",
                "AGREEMENT_REVIEW 2016-04-01 DUE -");
        clock.set(Instant.parse("2016-04-01T23:00:00Z"));
        assertThat(duties(county, COUNTY)).contains("AGREEMENT_REVIEW 2016-04-01 OVERDUE -");
        assertThat(county.get("/api/v1/statutory-calendar?period=2015-16&partnership=" + COUNTY)
            .json()
            .get(1)
            .get("evidence")
            .asString()).contains("CSA/2015/01");
    }

    private static JsonNode thread(ApiClient client) {
        return client.get("/api/v1/golden-thread/pcp-violent-crime-reduction").json();
    }

    private static JsonNode localOf(JsonNode thread) {
        return thread.get("priorities").get(0).get("localPriorities").get(0);
    }

    private static JsonNode actionOf(JsonNode priority, String id) {
        for (JsonNode action : priority.get("actions")) {
            if (action.get("id").asString().equals(id)) {
                return action;
            }
        }
        throw new AssertionError("No action " + id + " in " + priority);
    }

    private static List<String> duties(ApiClient client, String partnership) {
        JsonNode duties = client.get("/api/v1/statutory-calendar?period=2015-16&partnership=" + partnership).json();
        List<String> read = new java.util.ArrayList<>();
        for (JsonNode duty : duties) {
            read.add(duty.get("kind").asString() + " " + duty.get("dueOn").asString() + " "
                    + duty.get("status").asString() + " "
                    + (duty.get("metOn").isNull() ? "-" : duty.get("metOn").asString()));
        }
        return read;
    }

}
