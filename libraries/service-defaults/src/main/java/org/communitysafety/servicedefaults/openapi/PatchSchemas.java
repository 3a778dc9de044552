package org.communitysafety.servicedefaults.openapi;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.SpecVersion;
import io.swagger.v3.oas.models.media.Schema;

/**
 * A PATCH shares its request record with the PUT, whose fields are required; its body
 * gets its own schema ({@code <Request>Patch}) in which every field is optional. Its
 * lists may also be null: a generated client starts a list it is not given as an empty
 * one and sends it, which would replace the list with nothing; one that may be null is
 * left out instead, and a field left out keeps its value.
 */
final class PatchSchemas {

    private static final String PREFIX = "#/components/schemas/";

    private PatchSchemas() {
    }

    static void makeOptional(OpenAPI document, Operation operation) {
        if (operation.getRequestBody() == null || operation.getRequestBody().getContent() == null) {
            return;
        }
        operation.getRequestBody().getContent().values().forEach(media -> {
            Schema<?> body = media.getSchema();
            if (body == null || body.get$ref() == null || !body.get$ref().startsWith(PREFIX)) {
                return;
            }
            String name = body.get$ref().substring(PREFIX.length());
            Schema<?> full = document.getComponents().getSchemas().get(name);
            if (full == null || full.getProperties() == null) {
                return;
            }
            Schema<?> patch = new Schema<>().type("object")
                .description(full.getDescription())
                .properties(leftOutWhenNull(full.getProperties()));
            patch.setRequired(new ArrayList<>());
            document.getComponents().addSchemas(name + "Patch", patch);
            media.setSchema(new Schema<>().$ref(PREFIX + name + "Patch"));
        });
    }

    @SuppressWarnings("rawtypes")
    private static Map<String, Schema> leftOutWhenNull(Map<String, Schema> properties) {
        Map<String, Schema> optional = new LinkedHashMap<>();
        properties.forEach((name, property) -> optional.put(name, isList(property) ? nullable(property) : property));
        return optional;
    }

    private static boolean isList(Schema<?> property) {
        return "array".equals(property.getType())
                || (property.getTypes() != null && property.getTypes().contains("array"));
    }

    private static Schema<?> nullable(Schema<?> list) {
        Schema<?> nullable = new Schema<>().specVersion(list.getSpecVersion())
            .description(list.getDescription())
            .items(list.getItems())
            .minItems(list.getMinItems())
            .maxItems(list.getMaxItems())
            .uniqueItems(list.getUniqueItems());
        if (list.getSpecVersion() == SpecVersion.V31) {
            nullable.setTypes(new LinkedHashSet<>(List.of("array", "null")));
        }
        else {
            nullable.type("array").nullable(true);
        }
        return nullable;
    }

}
