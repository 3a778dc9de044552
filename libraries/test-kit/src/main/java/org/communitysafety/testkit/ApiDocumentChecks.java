package org.communitysafety.testkit;

import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.JsonNode;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What every service's API document must say for a client generated from it to work,
 * checked the same way in each service's {@code ApiDocumentTests}.
 */
public final class ApiDocumentChecks {

    private ApiDocumentChecks() {
    }

    /** Every operation's id, in the order the document lists them. */
    public static List<String> operationIds(JsonNode document) {
        List<String> ids = new ArrayList<>();
        document.get("paths")
            .forEach(path -> path.forEach(operation -> ids.add(operation.get("operationId").asString())));
        return ids;
    }

    /**
     * Each POST at these paths answers 201, never 200, with the Location and ETag of what
     * it created, and honours an Idempotency-Key.
     */
    public static void assertCreatesAnswer201(JsonNode document, String... paths) {
        for (String path : paths) {
            JsonNode create = document.get("paths").get(path).get("post");
            JsonNode responses = create.get("responses");
            assertTrue(responses.has("201") && !responses.has("200"),
                    () -> path + " answers " + responses.propertyNames());
            assertTrue(responses.get("201").path("headers").has("Location"), () -> path + " names no Location");
            assertTrue(responses.get("201").path("headers").has("ETag"), () -> path + " names no ETag");
            assertTrue(create.get("parameters").findValuesAsString("name").contains("Idempotency-Key"),
                    () -> path + " takes no Idempotency-Key");
        }
    }

    /**
     * The update needs the If-Match of what the caller read, answers the new ETag, and
     * documents each problem it can answer.
     */
    public static void assertUpdateNeedsIfMatch(JsonNode document, String path, String method) {
        JsonNode update = document.get("paths").get(path).get(method);
        assertTrue(update.get("parameters").findValuesAsString("name").contains("If-Match"),
                () -> method + " " + path + " takes no If-Match");
        for (String status : List.of("200", "400", "401", "403", "404", "412", "428")) {
            assertTrue(update.get("responses").has(status), () -> method + " " + path + " documents no " + status);
        }
        assertTrue(update.get("responses").get("200").path("headers").has("ETag"),
                () -> method + " " + path + " names no ETag");
    }

    /** The schema of an operation's JSON body, its reference followed. */
    public static JsonNode requestSchema(JsonNode document, String path, String method) {
        JsonNode schema = document.get("paths")
            .get(path)
            .get(method)
            .get("requestBody")
            .get("content")
            .get("application/json")
            .get("schema");
        assertFalse(schema.path("$ref").isMissingNode(), () -> method + " " + path + " has no named body schema");
        return new OpenApiSchemas(document).resolve(schema);
    }

}
