package org.communitysafety.servicedefaults.openapi;

import java.util.LinkedHashMap;
import java.util.Map;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.Paths;
import org.springdoc.core.customizers.OpenApiCustomizer;

/**
 * Paths as the gateway exposes them, since the document's server is the gateway: every
 * service serves its operational endpoints under {@value #OPERATIONS}, and the gateway
 * reaches each one's under {@code /api/v1/operations/<service-name>/}, taking the name
 * out of the path on the way in. The document puts it back, so that a client generated
 * from it calls a path the gateway serves.
 */
public class GatewayPaths implements OpenApiCustomizer {

    static final String OPERATIONS = "/api/v1/operations/";

    private final String serviceName;

    public GatewayPaths(String serviceName) {
        this.serviceName = serviceName;
    }

    @Override
    public void customise(OpenAPI document) {
        if (document.getPaths() == null) {
            return;
        }
        Map<String, PathItem> asServed = new LinkedHashMap<>(document.getPaths());
        Paths paths = new Paths();
        asServed.forEach((path, item) -> paths.addPathItem(asTheGatewayExposesIt(path), item));
        paths.setExtensions(document.getPaths().getExtensions());
        document.setPaths(paths);
    }

    String asTheGatewayExposesIt(String path) {
        return path.startsWith(OPERATIONS) ? OPERATIONS + serviceName + "/" + path.substring(OPERATIONS.length())
                : path;
    }

}
