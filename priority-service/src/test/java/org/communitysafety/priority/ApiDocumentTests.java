package org.communitysafety.priority;

import java.util.List;

import org.communitysafety.testkit.ApiDocumentChecks;
import org.communitysafety.testkit.PublishedApiDocument;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** What a client generator reads from the service's OpenAPI document. */
@PriorityServiceTest
class ApiDocumentTests {

    @Autowired
    Fixtures fixtures;

    private JsonNode document() {
        return fixtures.anonymous().get("/v3/api-docs").json();
    }

    @Test
    void publishesExactlyTheDocumentItServes() {
        PublishedApiDocument.of("priority-service").assertIsWhatTheServiceServes(document());
    }

    @Test
    void namesItselfAndEachOperationUniquelyAndMeaningfully() {
        assertThat(ApiDocumentChecks.operationIds(document())).doesNotHaveDuplicates()
            .contains("adoptPriority", "listPriority", "assignAction", "draftPlan")
            .noneMatch(id -> id.matches(".*(_\\d+|\\d)$"));
        assertThat(document().get("info").get("title").asString()).isEqualTo("Priority service API");
    }

    @Test
    void documentsEachCreateThatAnswers201As201WithItsLocationAndETag() {
        ApiDocumentChecks.assertCreatesAnswer201(document(), "/api/v1/priorities",
                "/api/v1/priorities/{priority}/actions", "/api/v1/priorities/{priority}/targets", "/api/v1/plans",
                "/api/v1/outcomes", "/api/v1/commissions", "/api/v1/strategic-assessments",
                "/api/v1/statutory-calendar/six-monthly-updates");
    }

    @Test
    void documentsTheIfMatchAnUpdateNeedsWithItsProblems() {
        ApiDocumentChecks.assertUpdateNeedsIfMatch(document(), "/api/v1/priorities/{id}", "patch");
    }

    @Test
    void letsAGeneratedClientLeaveTheListsOfAPatchOutInsteadOfSendingThemEmpty() {
        JsonNode properties = ApiDocumentChecks.requestSchema(document(), "/api/v1/priorities/{id}", "patch")
            .get("properties");

        for (String list : List.of("sources", "outcomes")) {
            assertThat(properties.get(list).get("type").valueStream().map(JsonNode::asString)).as(list)
                .containsExactly("array", "null");
        }
        assertThat(properties.get("sources").get("minItems").asInt()).isEqualTo(1);
    }

}
