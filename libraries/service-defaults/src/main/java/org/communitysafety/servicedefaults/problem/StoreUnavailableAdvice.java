package org.communitysafety.servicedefaults.problem;

import com.mongodb.MongoSocketException;
import com.mongodb.MongoTimeoutException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * A request that needs the service's database while it cannot be reached is answered 503
 * with a problem detail naming the service, not a 500 after the driver gave up: the
 * caller (and the gateway's circuit breaker) learns that the service is unavailable, not
 * broken, and may retry. Ahead of {@link ProblemDetailsAdvice}, whose catch-all would
 * otherwise take these.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
public class StoreUnavailableAdvice {

    private static final String RETRY_AFTER_SECONDS = "1";

    private final String service;

    public StoreUnavailableAdvice(String service) {
        this.service = service;
    }

    @ExceptionHandler({ DataAccessResourceFailureException.class, MongoTimeoutException.class,
            MongoSocketException.class })
    ResponseEntity<ProblemDetail> storeUnavailable(RuntimeException ex) {
        return answer(service);
    }

    static ResponseEntity<ProblemDetail> answer(String service) {
        ProblemDetail problem = ProblemDetailsAdvice.problem(HttpStatus.SERVICE_UNAVAILABLE, "service-unavailable",
                "Service unavailable", service + " cannot answer: the store is unavailable; try again shortly");
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
            .header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS)
            .contentType(MediaType.APPLICATION_PROBLEM_JSON)
            .body(problem);
    }

}
