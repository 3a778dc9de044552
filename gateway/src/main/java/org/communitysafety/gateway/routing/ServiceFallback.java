package org.communitysafety.gateway.routing;

import java.util.Map;
import java.util.concurrent.TimeoutException;

import reactor.core.publisher.Mono;

import org.springframework.cloud.gateway.filter.factory.SpringCloudCircuitBreakerFilterFactory.CircuitBreakerStatusCodeException;
import org.springframework.cloud.gateway.support.ServerWebExchangeUtils;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;

import org.communitysafety.gateway.problem.Problems;

/**
 * What a caller is told when a route's circuit breaker gives up on a service: which
 * service, and whether it is down (503), too slow (504) or failed on this request (500),
 * quickly and as problem+json. One answer per service, so that a caller of a plan knows
 * it is the priority service that is missing rather than "something". Each route in
 * application.yml names it as {@code fallbackUri: forward:/fallback/<service>}.
 * <p>
 * The breaker gives up when the service cannot be reached, does not answer in time, is
 * already known to be failing (the breaker is open), or answers with a server error (500,
 * 502, 503, 504: its {@code statusCodes}), which counts against the service as a refused
 * connection does. A 4xx is the caller's and is passed on as the service wrote it.
 */
@RestController
class ServiceFallback {

    private final Problems problems;

    ServiceFallback(Problems problems) {
        this.problems = problems;
    }

    @RequestMapping("/fallback/{service}")
    Mono<Void> answer(@PathVariable String service, ServerWebExchange exchange) {
        Throwable failure = exchange.getAttribute(ServerWebExchangeUtils.CIRCUITBREAKER_EXECUTION_EXCEPTION_ATTR);
        if (failure == null) {
            // Only a circuit breaker forwards here; a caller asking for the path directly
            // finds nothing.
            return problems.write(exchange, HttpStatus.NOT_FOUND,
                    "Nothing is served at " + exchange.getRequest().getPath().value());
        }
        Map<String, Object> extensions = Map.of("service", service);
        if (failure instanceof TimeoutException || isServerError(failure, HttpStatus.GATEWAY_TIMEOUT)) {
            return problems.write(exchange, HttpStatus.GATEWAY_TIMEOUT,
                    service + " did not answer in time; try again shortly", extensions);
        }
        if (isServerError(failure, HttpStatus.INTERNAL_SERVER_ERROR)) {
            // A fault in the service on this request, not an outage: asking again soon is
            // no advice.
            return problems.write(exchange, HttpStatus.INTERNAL_SERVER_ERROR,
                    service + " could not handle this request", extensions);
        }
        return problems.write(exchange, HttpStatus.SERVICE_UNAVAILABLE, service + " is unavailable; try again shortly",
                extensions);
    }

    private static boolean isServerError(Throwable failure, HttpStatus status) {
        return failure instanceof CircuitBreakerStatusCodeException answered
                && answered.getStatusCode().value() == status.value();
    }

}
