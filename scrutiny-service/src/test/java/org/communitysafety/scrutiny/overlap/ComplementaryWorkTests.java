package org.communitysafety.scrutiny.overlap;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.communitysafety.scrutiny.Fixtures;
import org.communitysafety.scrutiny.Fixtures.Body;
import org.communitysafety.scrutiny.Fixtures.Scheduled;
import org.communitysafety.scrutiny.ScrutinyServiceTest;
import org.communitysafety.testkit.ApiClient;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.communitysafety.scrutiny.Fixtures.send;

/**
 * The panel sees what the committees review and the reverse, with the partnerships and
 * priorities both look at pointed out (§7.4(b)).
 */
@ScrutinyServiceTest
class ComplementaryWorkTests {

    @Autowired
    Fixtures fixtures;

    @Test
    void showsThePanelTheCommitteesPublishedWorkAndTheOverlapOnAPartnership() {
        String council = fixtures.knownOrganisation();
        String partnership = fixtures.knownPartnership(council);
        String priority = fixtures.knownPriority(partnership);
        String elsewhere = fixtures.knownPartnership(council);
        Body committee = fixtures.committee();
        Body panel = fixtures.body("POLICE_AND_CRIME_PANEL", List.of(committee.host()));
        String reviewed = Fixtures.unique("Review of the ASB priority");
        String restricted = Fixtures.unique("Restricted case");
        Scheduled meeting = fixtures.meeting(committee, 30);
        String etag = fixtures.itemAdded(committee, meeting.id(), meeting.etag(),
                Map.of("title", reviewed, "references", List.of(Map.of("kind", "PRIORITY", "id", priority))));
        etag = fixtures.itemAdded(committee, meeting.id(), etag,
                Map.of("title", restricted, "restricted", true, "restrictionReason", "Individuals", "references",
                        List.of(Map.of("kind", "PARTNERSHIP", "id", elsewhere))));
        send(fixtures.officerOf(committee.host()), "POST", "/api/v1/meetings/" + meeting.id() + "/agenda-publication",
                Map.of(), etag);
        String recommended = Fixtures.unique("Fund Street Pastors");
        ApiClient.Response made = fixtures.officerOf(panel.host())
            .post("/api/v1/committees/" + panel.code() + "/recommendations", Map.of("review", "Precept review", "title",
                    recommended, "text", "Fund it.", "addresseeKind", "PARTNERSHIP", "addresseeId", partnership));
        assertThat(made.status()).as(made.toString()).isEqualTo(201);

        JsonNode panelView = fixtures.as(council, "AGENCY")
            .get("/api/v1/committees/" + panel.code() + "/complementary-work")
            .json();
        JsonNode committeeView = fixtures.officerOf(committee.host())
            .get("/api/v1/committees/" + committee.code() + "/complementary-work")
            .json();

        assertThat(titles(panelView.get("theirWork"))).contains(reviewed).doesNotContain(restricted);
        JsonNode overlap = overlapOn(panelView, partnership);
        assertThat(overlap.get("name").asString()).isEqualTo("Partnership " + partnership);
        assertThat(titles(overlap.get("ours"))).containsExactly("Precept review: " + recommended);
        assertThat(titles(overlap.get("theirs"))).containsExactly(reviewed);
        assertThat(titles(committeeView.get("theirWork"))).contains("Precept review: " + recommended);
        assertThat(titles(overlapOn(committeeView, partnership).get("theirs")))
            .contains("Precept review: " + recommended);
        assertThat(committeeView.get("overlaps").toString()).doesNotContain(elsewhere);
    }

    private static JsonNode overlapOn(JsonNode view, String partnership) {
        for (JsonNode overlap : view.get("overlaps")) {
            if (overlap.get("topic").get("id").asString().equals(partnership)) {
                return overlap;
            }
        }
        throw new AssertionError("No overlap on " + partnership + " in " + view);
    }

    private static List<String> titles(JsonNode work) {
        List<String> titles = new ArrayList<>();
        work.forEach(item -> titles.add(item.get("title").asString()));
        return titles;
    }

}
