package org.communitysafety.servicedefaults.openapi;

import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;

/** The one RFC 9457 problem detail every error of the platform is, as a schema. */
final class ProblemSchema {

    private ProblemSchema() {
    }

    static Schema<?> of() {
        Schema<?> fieldError = new ObjectSchema().description("One invalid field and what is wrong with it")
            .addProperty("field", new StringSchema())
            .addProperty("message", new StringSchema());
        return new ObjectSchema().description("An RFC 9457 problem detail")
            .addProperty("type", new StringSchema().format("uri"))
            .addProperty("title", new StringSchema())
            .addProperty("status", new IntegerSchema())
            .addProperty("detail", new StringSchema())
            .addProperty("instance", new StringSchema())
            .addProperty("errors", new ArraySchema().items(fieldError).description("The invalid fields, for a 400"));
    }

}
