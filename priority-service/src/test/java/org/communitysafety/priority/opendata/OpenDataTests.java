package org.communitysafety.priority.opendata;

import java.io.IOException;
import java.io.StringReader;
import java.time.Instant;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.communitysafety.priority.Fixtures;
import org.communitysafety.priority.PriorityServiceTest;
import org.communitysafety.priority.TestClock;
import org.communitysafety.testkit.ApiClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.communitysafety.priority.Fixtures.body;
import static org.communitysafety.priority.Fixtures.created;
import static org.communitysafety.priority.Fixtures.postMatching;

@PriorityServiceTest
class OpenDataTests {

    @Autowired
    Fixtures fixtures;

    @Autowired
    TestClock clock;

    private Fixtures.World world;

    private ApiClient district;

    private String plan;

    private String priority;

    @BeforeEach
    void setUp() {
        clock.set(Instant.parse("2015-09-30T10:00:00Z"));
        world = fixtures.world();
        district = fixtures.managerFor(world.districtCouncil());
        priority = fixtures.localPriority(world, null);
        String target = created(district.post("/api/v1/priorities/" + priority + "/targets",
                body("measure", "Night-time violence, \"recorded\" offences", "direction", "REDUCE", "baseline", 500,
                        "baselineOn", "2015-04-01", "target", 450, "deadline", "2016-03-31")));
        postMatching(district, "/api/v1/targets/" + target, "/api/v1/targets/" + target + "/readings",
                body("value", 470, "readOn", "2015-09-30", "source", "Police recorded crime"));
        plan = created(district.post("/api/v1/plans", body("partnership", world.csp(), "title",
                "Community Safety Plan, 2015-16", "period", "2015-16", "priorities", List.of(priority))));
    }

    @Test
    void aDraftPlanIsNeverOpenData() {
        ApiClient anyone = fixtures.anonymous();

        assertThat(anyone.get("/api/v1/open/plans/" + plan).status()).isEqualTo(404);
        assertThat(anyone.get("/api/v1/open/priorities/" + priority).status()).isEqualTo(404);
        assertThat(anyone.get("/api/v1/open/plans").json()).extracting(published -> published.get("id").asString())
            .doesNotContain(plan);
    }

    @Test
    void anyoneReadsAPublishedPlanWithItsPrioritiesTargetsLatestReadingsAndStatusAsJson() {
        publish();

        JsonNode read = fixtures.anonymous().get("/api/v1/open/plans/" + plan).json();

        assertThat(read.get("title").asString()).isEqualTo("Community Safety Plan, 2015-16");
        JsonNode published = read.get("priorities").get(0);
        assertThat(published.get("rag").asString()).isEqualTo("GREEN");
        assertThat(published.get("targets").get(0).get("latestValue").asDouble()).isEqualTo(470);
        assertThat(fixtures.anonymous().get("/api/v1/open/plans").json())
            .extracting(listed -> listed.get("id").asString())
            .contains(plan);
        assertThat(fixtures.anonymous().get("/api/v1/open/priorities/" + priority).json().get("rag").asString())
            .isEqualTo("GREEN");
        assertThat(fixtures.anonymous().get("/api/v1/open/agreements/" + plan).status()).isEqualTo(404);
    }

    @Test
    void anyoneReadsItAsCsvThatACsvLibraryParses() throws IOException {
        publish();

        ApiClient.Response csv = fixtures.anonymous()
            .send("GET", "/api/v1/open/plans/" + plan, null, null, "Accept", "text/csv");

        assertThat(csv.status()).as(csv.toString()).isEqualTo(200);
        assertThat(csv.contentType()).startsWith("text/csv");
        List<CSVRecord> rows = CSVFormat.RFC4180.builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .get()
            .parse(new StringReader(csv.body()))
            .getRecords();
        assertThat(rows).hasSize(1);
        CSVRecord row = rows.get(0);
        assertThat(row.get("plan_title")).isEqualTo("Community Safety Plan, 2015-16");
        assertThat(row.get("measure")).isEqualTo("Night-time violence, \"recorded\" offences");
        assertThat(row.get("latest_value")).isEqualTo("470.0");
        assertThat(row.get("latest_read_on")).isEqualTo("2015-09-30");
        assertThat(row.get("target_rag")).isEqualTo("GREEN");
        assertThat(row.get("priority_rag")).isEqualTo("GREEN");
    }

    private void publish() {
        String path = "/api/v1/plans/" + plan;
        assertThat(postMatching(district, path, path + "/agreement", null).status()).isEqualTo(200);
        assertThat(postMatching(district, path, path + "/publication", null).status()).isEqualTo(200);
    }

}
