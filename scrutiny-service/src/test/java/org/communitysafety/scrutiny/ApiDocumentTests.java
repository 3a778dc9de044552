package org.communitysafety.scrutiny;

import java.util.List;

import org.communitysafety.testkit.ApiDocumentChecks;
import org.communitysafety.testkit.PublishedApiDocument;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** What a client generator reads from the service's OpenAPI document. */
@ScrutinyServiceTest
class ApiDocumentTests {

    @Autowired
    Fixtures fixtures;

    private JsonNode document() {
        return fixtures.anonymous().get("/v3/api-docs").json();
    }

    @Test
    void publishesExactlyTheDocumentItServes() {
        PublishedApiDocument.of("scrutiny-service").assertIsWhatTheServiceServes(document());
    }

    @Test
    void namesItselfAndEachOperationUniquelyAndMeaningfully() {
        assertThat(ApiDocumentChecks.operationIds(document())).doesNotHaveDuplicates()
            .contains("establishBody", "listBody", "scheduleMeeting", "makeRecommendation")
            .noneMatch(id -> id.matches(".*(_\\d+|\\d)$"));
        assertThat(document().get("info").get("title").asString()).isEqualTo("Scrutiny service API");
    }

    @Test
    void documentsEachCreateThatAnswers201As201WithItsLocationAndETag() {
        ApiDocumentChecks.assertCreatesAnswer201(document(), "/api/v1/committees", "/api/v1/committees/{body}/meetings",
                "/api/v1/committees/{body}/recommendations");
    }

    @Test
    void marksWhatThePublicReadsAsPublicAndTheRestAsNeedingAToken() {
        JsonNode paths = document().get("paths");

        JsonNode open = paths.get("/api/v1/open/meetings/{id}").get("get");
        assertThat(open.has("security")).isFalse();
        assertThat(open.get("x-public").asBoolean()).isTrue();
        assertThat(open.get("responses").propertyNames()).doesNotContain("401", "403");
        JsonNode meeting = paths.get("/api/v1/meetings/{id}").get("get");
        assertThat(meeting.get("security").get(0).has("bearer-jwt")).isTrue();
        assertThat(meeting.get("responses").propertyNames()).contains("401", "403", "404");
    }

}
