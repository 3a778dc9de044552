package org.communitysafety.partnership.config;

import java.net.URI;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Says why a change was refused with 403 (the shared problem advice gives every 403 the same words). Ordered
 * first so that it answers before the shared advice's catch-all; it handles nothing else.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class NotPermittedAdvice {

    @ExceptionHandler(NotPermitted.class)
    ProblemDetail notPermitted(NotPermitted ex) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, ex.getMessage());
        problem.setType(URI.create("https://communitysafety.example/problems/forbidden"));
        problem.setTitle("Forbidden");
        return problem;
    }
}
