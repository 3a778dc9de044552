package org.communitysafety.servicedefaults.openapi;

import java.util.List;

import io.swagger.v3.oas.models.Operation;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.web.method.HandlerMethod;

/**
 * Names each operation for what it does and tags it with its feature: the operation id is
 * the handler's name and its resource ({@code registerOrganisation}, not
 * {@code register_1}), unless the controller names it; the tag is the feature package
 * ({@code membership}). A handler that answers 201 has its success documented as 201
 * ({@link CreatedResponses}).
 */
public class ApiOperations implements OperationCustomizer {

    @Override
    public Operation customize(Operation operation, HandlerMethod handler) {
        var explicit = handler.getMethodAnnotation(io.swagger.v3.oas.annotations.Operation.class);
        if (explicit == null || explicit.operationId().isBlank()) {
            String resource = handler.getBeanType().getSimpleName().replaceFirst("Controller$", "");
            operation.setOperationId(handler.getMethod().getName() + resource);
        }
        String feature = handler.getBeanType().getPackageName();
        operation.setTags(List.of(feature.substring(feature.lastIndexOf('.') + 1)));
        CreatedResponses.documentAs201WhenItCreates(operation, handler);
        return operation;
    }

}
