package org.communitysafety.priority;

import java.util.ArrayList;
import java.util.List;

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
        List<String> ids = new ArrayList<>();
        document().get("paths")
            .forEach(path -> path.forEach(operation -> ids.add(operation.get("operationId").asString())));

        assertThat(ids).doesNotHaveDuplicates()
            .contains("adoptPriority", "listPriority", "assignAction", "draftPlan")
            .noneMatch(id -> id.matches(".*(_\\d+|\\d)$"));
        assertThat(document().get("info").get("title").asString()).isEqualTo("Priority service API");
    }

    @Test
    void documentsEachCreateThatAnswers201As201WithItsLocationAndETag() {
        JsonNode paths = document().get("paths");

        for (String create : List.of("/api/v1/priorities", "/api/v1/priorities/{priority}/actions",
                "/api/v1/priorities/{priority}/targets", "/api/v1/plans", "/api/v1/outcomes", "/api/v1/commissions",
                "/api/v1/strategic-assessments", "/api/v1/statutory-calendar/six-monthly-updates")) {
            JsonNode responses = paths.get(create).get("post").get("responses");
            assertThat(responses.propertyNames()).as(create).contains("201").doesNotContain("200");
            assertThat(responses.get("201").get("headers").propertyNames()).as(create).contains("Location", "ETag");
            assertThat(paths.get(create).get("post").get("parameters").findValuesAsString("name")).as(create)
                .contains("Idempotency-Key");
        }
    }

    @Test
    void documentsTheIfMatchAnUpdateNeedsWithItsProblems() {
        JsonNode patch = document().get("paths").get("/api/v1/priorities/{id}").get("patch");

        assertThat(patch.get("parameters").findValuesAsString("name")).contains("If-Match");
        assertThat(patch.get("responses").propertyNames()).contains("200", "400", "401", "403", "404", "412", "428");
        assertThat(patch.get("responses").get("200").get("headers").propertyNames()).contains("ETag");
    }

    @Test
    void letsAGeneratedClientLeaveTheListsOfAPatchOutInsteadOfSendingThemEmpty() {
        JsonNode document = document();
        String patch = document.get("paths")
            .get("/api/v1/priorities/{id}")
            .get("patch")
            .get("requestBody")
            .get("content")
            .get("application/json")
            .get("schema")
            .get("$ref")
            .asString();
        JsonNode properties = document.at(patch.substring(1)).get("properties");

        for (String list : List.of("sources", "outcomes")) {
            assertThat(properties.get(list).get("type").valueStream().map(JsonNode::asString)).as(list)
                .containsExactly("array", "null");
        }
        assertThat(properties.get("sources").get("minItems").asInt()).isEqualTo(1);
    }

}
