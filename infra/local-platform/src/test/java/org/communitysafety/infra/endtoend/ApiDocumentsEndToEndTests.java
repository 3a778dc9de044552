package org.communitysafety.infra.endtoend;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

import org.communitysafety.testkit.ApiClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each service's API document as a client generator gets it: through the gateway, without
 * a token, at {@code /v3/api-docs/<service>}, complete enough to generate from.
 */
class ApiDocumentsEndToEndTests {

    private final RunningPlatform platform = RunningPlatform.get();

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = { "partnership-service", "priority-service", "scrutiny-service", "notification-service" })
    void servesEachServicesDocumentThroughTheGatewayReadyToGenerateAClientFrom(String service) {
        ApiClient.Response response = platform.gateway().get("/v3/api-docs/" + service);
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        JsonNode document = response.json();

        assertThat(document.get("openapi").asString()).startsWith("3.");
        assertThat(document.get("info").get("title").asString()).isNotEqualTo("OpenAPI definition");
        assertThat(document.get("servers")).hasSize(1);
        List<String> operationIds = new ArrayList<>();
        document.get("paths").properties().forEach(path -> {
            if (path.getKey().startsWith("/api/v1/operations/")) {
                assertThat(path.getKey()).as("served by the gateway under the service's name")
                    .startsWith("/api/v1/operations/" + service + "/");
            }
            path.getValue().properties().forEach(operation -> {
                assertThat(operation.getValue().has("operationId")).as(operation.getKey() + " " + path.getKey())
                    .isTrue();
                operationIds.add(operation.getValue().get("operationId").asString());
            });
        });
        assertThat(operationIds).isNotEmpty().doesNotHaveDuplicates().noneMatch(id -> id.matches(".*(_\\d+)$"));
        assertThat(document.get("paths").has("/error")).isFalse();
        JsonNode schemas = document.get("components").get("schemas");
        assertThat(schemas.has("JsonNode")).as("Jackson's tree class is no schema of the API").isFalse();
        for (String reference : document.findValuesAsString("$ref")) {
            assertThat(reference).startsWith("#/components/schemas/");
            assertThat(schemas.has(reference.substring("#/components/schemas/".length())))
                .as("%s resolves in the document", reference)
                .isTrue();
        }
    }

}
