package org.communitysafety.servicedefaults.problem;

import java.net.URI;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.communitysafety.platform.ProblemTypes;
import org.communitysafety.servicedefaults.health.StoreOutages;
import org.springframework.boot.webmvc.error.ErrorAttributes;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.context.request.ServletWebRequest;

/**
 * Errors that happen outside a controller (in a filter, in the servlet container) reach
 * {@code /error}; they too are answered as problem details, never as a whitelabel page or
 * a stack trace.
 */
@org.springframework.web.bind.annotation.RestController
public class ProblemErrorController implements ErrorController {

    private final ErrorAttributes errorAttributes;

    private final String service;

    public ProblemErrorController(ErrorAttributes errorAttributes, String service) {
        this.errorAttributes = errorAttributes;
        this.service = service;
    }

    @RequestMapping("${server.error.path:/error}")
    public ResponseEntity<ProblemDetail> error(HttpServletRequest request) {
        Throwable error = errorAttributes.getError(new ServletWebRequest(request));
        ProblemDetail problem;
        if (StoreOutages.isStoreOutage(error)) {
            // E.g. the Idempotency-Key filter, which reads the store before any
            // controller.
            problem = StoreUnavailableAdvice.answer(service).getBody();
        }
        else if (error instanceof PayloadTooLarge tooLarge) {
            problem = ProblemDetailsAdvice.problem(HttpStatus.CONTENT_TOO_LARGE, "payload-too-large",
                    "Request body too large", tooLarge.getMessage());
        }
        else {
            HttpStatus status = statusOf(request);
            problem = ProblemDetailsAdvice.problem(status, ProblemTypes.slugOf(status.name()), status.getReasonPhrase(),
                    status.is5xxServerError() ? "The service could not complete the request; it has been logged"
                            : "The request could not be served: " + status.getReasonPhrase());
        }
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        if (uri != null) {
            problem.setInstance(URI.create(String.valueOf(uri)));
        }
        return ResponseEntity.status(problem.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    private static HttpStatus statusOf(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        HttpStatus status = code instanceof Integer value ? HttpStatus.resolve(value) : null;
        return status == null ? HttpStatus.INTERNAL_SERVER_ERROR : status;
    }

}
