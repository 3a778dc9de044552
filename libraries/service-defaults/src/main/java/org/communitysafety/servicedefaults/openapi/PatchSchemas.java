package org.communitysafety.servicedefaults.openapi;

import java.util.ArrayList;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.Schema;

/**
 * A PATCH shares its request record with the PUT, whose fields are required; its body
 * gets its own schema ({@code <Request>Patch}) in which every field is optional.
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
            if (full == null || full.getRequired() == null || full.getRequired().isEmpty()) {
                return;
            }
            Schema<?> patch = new Schema<>().type("object")
                .description(full.getDescription())
                .properties(full.getProperties());
            patch.setRequired(new ArrayList<>());
            document.getComponents().addSchemas(name + "Patch", patch);
            media.setSchema(new Schema<>().$ref(PREFIX + name + "Patch"));
        });
    }

}
