package org.communitysafety.servicedefaults.openapi;

import java.util.ArrayList;
import java.util.List;

import org.communitysafety.servicedefaults.sample.SampleApplication;
import org.communitysafety.testkit.ApiClient;
import org.communitysafety.testkit.WithPlatformInfrastructure;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(classes = SampleApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "platform.api.public-url=https://api.communitysafety.example")
@WithPlatformInfrastructure
class ApiDocumentTests {

    @LocalServerPort
    int port;

    private JsonNode document() {
        ApiClient.Response response = ApiClient.at("http://127.0.0.1:" + port).get("/v3/api-docs");
        assertThat(response.status()).isEqualTo(200);
        return response.json();
    }

    @Test
    void describesTheApiAndPointsClientsAtTheGatewaysPublicAddress() {
        JsonNode document = document();

        assertThat(document.get("info").get("title").asString()).isNotBlank().isNotEqualTo("OpenAPI definition");
        assertThat(document.get("info").get("contact").get("email").asString()).contains("@");
        assertThat(document.get("servers")).hasSize(1);
        assertThat(document.get("servers").get(0).get("url").asString())
            .isEqualTo("https://api.communitysafety.example");
    }

    @Test
    void asksForABearerTokenAndDocumentsNoInternals() {
        JsonNode document = document();

        JsonNode scheme = document.get("components").get("securitySchemes").get("bearer-jwt");
        assertThat(scheme.get("scheme").asString()).isEqualTo("bearer");
        assertThat(scheme.get("bearerFormat").asString()).isEqualTo("JWT");
        JsonNode create = document.get("paths").get("/api/v1/notes").get("post");
        assertThat(create.get("security").get(0).has("bearer-jwt")).isTrue();
        assertThat(document.get("paths").has("/error")).isFalse();
    }

    @Test
    void namesEveryOperationUniquelyForWhatItDoesAndTagsItWithItsFeature() {
        List<String> ids = new ArrayList<>();
        document().get("paths").forEach(path -> path.forEach(operation -> {
            ids.add(operation.get("operationId").asString());
            assertThat(operation.get("tags")).hasSize(1);
        }));

        assertThat(ids).doesNotHaveDuplicates().contains("openLedger", "ledgersNote", "readNote");
        assertThat(ids).noneMatch(id -> id.matches(".*(_\\d+|\\d)$"));
        assertThat(document().get("paths").get("/api/v1/notes").get("post").get("tags").get(0).asString())
            .isEqualTo("sample");
    }

    @Test
    void documentsEveryProblemAsOneProblemSchemaWithFieldErrors() {
        JsonNode document = document();
        JsonNode responses = document.get("paths").get("/api/v1/notes").get("post").get("responses");

        assertThat(responses.propertyNames()).contains("400", "401", "403", "409", "413", "415", "422", "429", "503");
        assertThat(responses.get("400")
            .get("content")
            .get("application/problem+json")
            .get("schema")
            .get("$ref")
            .asString()).isEqualTo("#/components/schemas/Problem");
        JsonNode problem = document.get("components").get("schemas").get("Problem").get("properties");
        assertThat(problem.propertyNames()).contains("type", "title", "status", "detail", "errors");
        assertThat(problem.get("errors").get("items").get("properties").propertyNames()).contains("field", "message");
    }

    @Test
    void documentsTheIdempotencyKeyOfACreateAndTheLocationAndETagOfWhatItAnswers() {
        JsonNode create = document().get("paths").get("/api/v1/ledgers").get("post");

        assertThat(create.get("parameters").findValuesAsString("name")).contains("Idempotency-Key");
        JsonNode created = create.get("responses")
            .properties()
            .stream()
            .filter(response -> response.getKey().startsWith("2"))
            .findFirst()
            .orElseThrow()
            .getValue();
        assertThat(created.get("headers").propertyNames()).contains("Location", "ETag");
    }

    @Test
    void documentsACreateThatAnswers201As201AndNotAs200() {
        JsonNode responses = document().get("paths").get("/api/v1/ledgers").get("post").get("responses");

        assertThat(responses.propertyNames()).contains("201").doesNotContain("200");
        assertThat(responses.get("201").get("description").asString()).isEqualTo("Created");
        assertThat(responses.get("201").get("content").propertyNames()).isNotEmpty();
        assertThat(responses.get("201").get("headers").propertyNames()).contains("Location", "ETag");
    }

    @Test
    void documentsAPostThatCreatesNothingAs200WithoutALocation() {
        JsonNode responses = document().get("paths").get("/api/v1/notes").get("post").get("responses");

        assertThat(responses.propertyNames()).contains("200").doesNotContain("201");
        assertThat(responses.get("200").path("headers").has("Location")).isFalse();
    }

    @Test
    void documentsTheOperationalEndpointsAtThePathsTheGatewayServesThem() {
        List<String> paths = document().get("paths").propertyNames().stream().toList();

        assertThat(paths).contains("/api/v1/operations/sample-service/dead-letters",
                "/api/v1/operations/sample-service/parked-events/{eventId}/replay");
        assertThat(paths).filteredOn(path -> path.startsWith("/api/v1/operations/"))
            .allMatch(path -> path.startsWith("/api/v1/operations/sample-service/"));
    }

    @Test
    void documentsPagingAsPlainQueryParameters() {
        JsonNode list = document().get("paths").get("/api/v1/ledgers").get("get");

        assertThat(list.get("parameters").findValuesAsString("name")).contains("page", "size", "sort")
            .doesNotContain("pageable");
        assertThat(list.get("parameters").findValuesAsString("in")).containsOnly("query");
    }

}
