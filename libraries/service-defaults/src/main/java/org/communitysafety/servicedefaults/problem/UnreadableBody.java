package org.communitysafety.servicedefaults.problem;

import org.springframework.http.converter.HttpMessageNotReadableException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.exc.PropertyBindingException;

/**
 * Says why a request body could not be read, naming the field, without echoing parser
 * internals.
 */
final class UnreadableBody {

    private UnreadableBody() {
    }

    static String describe(HttpMessageNotReadableException ex) {
        for (Throwable cause = ex.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof JacksonException jackson && !jackson.getPath().isEmpty()) {
                String field = "Field '" + jsonPath(jackson) + "' ";
                if (jackson instanceof PropertyBindingException) {
                    return field + "is not part of this request: it is unknown, or the service sets it";
                }
                if (jackson instanceof RefusedInput refused) {
                    return field + refused.reason();
                }
                return field + "has a value of the wrong type or format";
            }
        }
        return "The request body is not valid JSON for this request";
    }

    private static String jsonPath(JacksonException ex) {
        StringBuilder path = new StringBuilder();
        for (var reference : ex.getPath()) {
            if (reference.getPropertyName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(reference.getPropertyName());
            }
            else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }

}
