package org.communitysafety.partnership;

import java.util.List;

import org.communitysafety.testkit.ApiDocumentChecks;
import org.communitysafety.testkit.PublishedApiDocument;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** What a client generator reads from the service's OpenAPI document. */
@PartnershipServiceTest
class ApiDocumentTests {

    @Autowired
    Fixtures fixtures;

    private JsonNode document() {
        return fixtures.anonymous().get("/v3/api-docs").json();
    }

    @Test
    void namesEachOperationUniquelyAndMeaningfully() {
        assertThat(ApiDocumentChecks.operationIds(document())).doesNotHaveDuplicates()
            .contains("registerOrganisation", "listOrganisation", "appointMembership")
            .noneMatch(id -> id.matches(".*(_\\d+|\\d)$"));
        assertThat(document().get("info").get("title").asString()).isEqualTo("Partnership service API");
    }

    @Test
    void publishesExactlyTheDocumentItServes() {
        PublishedApiDocument.of("partnership-service").assertIsWhatTheServiceServes(document());
    }

    @Test
    void documentsEachCreateThatAnswers201As201() {
        ApiDocumentChecks.assertCreatesAnswer201(document(), "/api/v1/organisations", "/api/v1/partnerships",
                "/api/v1/partnerships/{partnership}/members");
    }

    @Test
    void documentsTheEventDataOfAHistoryAsAnyJsonValueNotAsJacksonsTreeClass() {
        JsonNode schemas = document().get("components").get("schemas");

        assertThat(schemas.has("JsonNode")).isFalse();
        assertThat(schemas.get("Change").get("properties").get("data").has("properties")).isFalse();
        assertThat(schemas.get("Change").get("properties").get("data").has("$ref")).isFalse();
    }

    @Test
    void givesAPatchItsOwnSchemaWithEveryFieldOptional() {
        JsonNode document = document();
        String patch = document.get("paths")
            .get("/api/v1/organisations/{code}")
            .get("patch")
            .get("requestBody")
            .get("content")
            .get("application/json")
            .get("schema")
            .get("$ref")
            .asString();
        String put = document.get("paths")
            .get("/api/v1/organisations/{code}")
            .get("put")
            .get("requestBody")
            .get("content")
            .get("application/json")
            .get("schema")
            .get("$ref")
            .asString();

        assertThat(patch).isNotEqualTo(put);
        JsonNode patchSchema = document.at(patch.substring(1));
        assertThat(patchSchema.path("required").isEmpty()).isTrue();
        assertThat(patchSchema.get("properties").get("name").get("maxLength").asInt()).isEqualTo(200);
        assertThat(document.at(put.substring(1)).get("required").size()).isPositive();
    }

    @Test
    void writesPatternsInTheDialectOfTheOpenApiSpecification() {
        List<String> patterns = document().findValuesAsString("pattern");

        assertThat(patterns).isNotEmpty().noneMatch(pattern -> pattern.contains("(?s)") || pattern.contains("(?i)"));
    }

    @Test
    void documentsTheIfMatchAnUpdateNeedsWithItsProblems() {
        ApiDocumentChecks.assertUpdateNeedsIfMatch(document(), "/api/v1/organisations/{code}", "patch");
    }

}
