package org.communitysafety.servicedefaults.openapi;

import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.HeaderParameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.util.AntPathMatcher;

/**
 * Completes each operation of the document the same way in every service: the bearer
 * token it needs (unless public), the {@code Idempotency-Key} a create honours, the
 * {@code ETag} and {@code Location} of what it answers, every problem it can answer as
 * {@code application/problem+json}, and a PATCH body in which every field is optional.
 */
public class ApiResponses implements OpenApiCustomizer {

    static final String BEARER = "bearer-jwt";

    private static final String PROBLEM = "#/components/schemas/Problem";

    private static final Map<String, String> PROBLEMS = Map.ofEntries(Map.entry("400", "The input is invalid"),
            Map.entry("401", "No valid bearer token"), Map.entry("403", "The caller may not do this"),
            Map.entry("404", "No such resource"), Map.entry("409", "A concurrent change or a duplicate"),
            Map.entry("412", "If-Match is not the current ETag"), Map.entry("413", "The body is too large"),
            Map.entry("415", "The body is not JSON"), Map.entry("422", "A rule of the domain refuses the change"),
            Map.entry("428", "If-Match is missing"), Map.entry("429", "Too many requests (the gateway's limit)"),
            Map.entry("503", "The service is unavailable"));

    private final List<String> publicPaths;

    private final AntPathMatcher paths = new AntPathMatcher();

    public ApiResponses(List<String> publicPaths) {
        this.publicPaths = publicPaths;
    }

    @Override
    public void customise(OpenAPI document) {
        document.getComponents().addSchemas("Problem", ProblemSchema.of());
        document.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
            boolean isPublic = publicPaths.stream().anyMatch(pattern -> paths.match(pattern, path));
            if (!isPublic) {
                operation.addSecurityItem(new SecurityRequirement().addList(BEARER));
            }
            else {
                operation.addExtension("x-public", true);
            }
            complete(document, path, method, operation, isPublic);
        }));
    }

    private void complete(OpenAPI document, String path, PathItem.HttpMethod method, Operation operation,
            boolean isPublic) {
        boolean write = method != PathItem.HttpMethod.GET;
        boolean ifMatch = operation.getParameters() != null
                && operation.getParameters().stream().anyMatch(p -> "If-Match".equalsIgnoreCase(p.getName()));
        if (method == PathItem.HttpMethod.POST && !ifMatch) {
            operation.addParametersItem(new HeaderParameter().name("Idempotency-Key")
                .description("Repeating a create with the same key answers the first result instead of creating again")
                .schema(new StringSchema().maxLength(200)));
        }
        if (method == PathItem.HttpMethod.PATCH) {
            PatchSchemas.makeOptional(document, operation);
        }
        operation.getResponses().forEach((status, response) -> {
            if (status.startsWith("2") && (ifMatch || path.endsWith("}") || method == PathItem.HttpMethod.POST)) {
                response.addHeaderObject("ETag", new Header().description("The version; send it as If-Match to update")
                    .schema(new StringSchema()));
            }
            if (status.equals("201")) {
                response.addHeaderObject("Location",
                        new Header().description("Where the new resource is").schema(new StringSchema()));
            }
        });
        PROBLEMS.forEach((status, description) -> {
            boolean applies = switch (status) {
                case "401", "403" -> !isPublic;
                case "404" -> path.contains("{");
                case "409", "422" -> write;
                case "412", "428" -> ifMatch;
                case "413", "415" -> operation.getRequestBody() != null;
                default -> true;
            };
            if (applies) {
                operation.getResponses()
                    .addApiResponse(status,
                            new ApiResponse().description(description)
                                .content(new Content().addMediaType("application/problem+json",
                                        new MediaType().schema(new Schema<>().$ref(PROBLEM)))));
            }
        });
    }

}
