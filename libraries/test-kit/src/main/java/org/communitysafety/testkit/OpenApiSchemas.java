package org.communitysafety.testkit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;

/** Reads the schemas of an OpenAPI 3 document, following {@code $ref}s. */
final class OpenApiSchemas {

    private final JsonNode document;

    OpenApiSchemas(JsonNode document) {
        this.document = document;
    }

    JsonNode resolve(JsonNode schema) {
        JsonNode resolved = schema;
        while (resolved.has("$ref")) {
            String ref = resolved.get("$ref").asString();
            resolved = document.at(ref.substring(1));
        }
        return resolved;
    }

    /** The query parameters of an operation by name, with their schemas. */
    Map<String, JsonNode> queryParameters(JsonNode operation) {
        Map<String, JsonNode> parameters = new LinkedHashMap<>();
        for (JsonNode parameter : operation.path("parameters")) {
            JsonNode resolved = resolve(parameter);
            if ("query".equals(resolved.path("in").asString())) {
                parameters.put(resolved.get("name").asString(), resolved.path("schema"));
            }
        }
        return parameters;
    }

    /**
     * A plausible value for each query parameter the operation requires, so that a
     * request is refused for the fault the corpus put in it rather than for a missing
     * parameter.
     */
    Map<String, String> requiredQueryValues(JsonNode operation) {
        Map<String, String> values = new LinkedHashMap<>();
        for (JsonNode parameter : operation.path("parameters")) {
            JsonNode resolved = resolve(parameter);
            if ("query".equals(resolved.path("in").asString()) && resolved.path("required").asBoolean(false)) {
                values.put(resolved.get("name").asString(), plausible(resolve(resolved.path("schema"))));
            }
        }
        return values;
    }

    private static String plausible(JsonNode schema) {
        if (schema.has("enum")) {
            return schema.get("enum").get(0).asString();
        }
        return switch (schema.path("type").asString()) {
            case "integer", "number" -> "1";
            case "boolean" -> "true";
            default -> "date".equals(schema.path("format").asString()) ? "2015-04-01" : "corpus-probe";
        };
    }

    /**
     * The properties of what a successful answer carries: those a caller reads, not sets.
     */
    List<String> responseProperties(JsonNode operation) {
        List<String> properties = new ArrayList<>();
        operation.path("responses").properties().forEach(response -> {
            if (response.getKey().startsWith("2")) {
                response.getValue()
                    .path("content")
                    .properties()
                    .forEach(content -> resolve(content.getValue().path("schema")).path("properties")
                        .properties()
                        .forEach(property -> properties.add(property.getKey())));
            }
        });
        return properties;
    }

}
