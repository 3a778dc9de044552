package org.communitysafety.gateway.problem;

import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

import org.springframework.boot.webflux.error.ErrorWebExceptionHandler;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.stereotype.Component;
import org.springframework.web.server.MethodNotAllowedException;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;

/**
 * Turns every error raised in the gateway itself (no route, wrong method, body too large,
 * a token issuer that cannot be reached, anything unexpected) into problem+json. Ordered
 * before Boot's default handler so that no whitelabel page or stack trace reaches a
 * caller; the stack trace goes to the log instead.
 */
@Component
@Order(-2)
public class GatewayErrorHandler implements ErrorWebExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(GatewayErrorHandler.class);

    private final Problems problems;

    public GatewayErrorHandler(Problems problems) {
        this.problems = problems;
    }

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, Throwable error) {
        if (exchange.getResponse().isCommitted()) {
            return Mono.error(error);
        }
        if (error instanceof ResponseStatusException statusError) {
            return handle(exchange, statusError);
        }
        if (error instanceof AuthenticationServiceException unchecked) {
            // The token could not be checked at all (the issuer's keys could not be
            // fetched): not the caller's
            // fault, and not a reason to call the token invalid.
            log.warn("Cannot check bearer tokens: {}", unchecked.getMessage());
            return problems.write(exchange, HttpStatus.SERVICE_UNAVAILABLE, "Tokens cannot be checked right now: "
                    + "the platform's token issuer is unavailable; try again shortly");
        }
        log.atError()
            .setMessage("Unexpected error handling {} {}")
            .addArgument(exchange.getRequest().getMethod())
            .addArgument(exchange.getRequest().getPath())
            // The same id as the request's access log line, which also carries its trace
            // id.
            .addKeyValue("http.request.id", exchange.getRequest().getHeaders().getFirst("X-Request-Id"))
            .setCause(error)
            .log();
        return problems.write(exchange, HttpStatus.INTERNAL_SERVER_ERROR,
                "The gateway could not handle this request; it has been logged");
    }

    private Mono<Void> handle(ServerWebExchange exchange, ResponseStatusException error) {
        HttpStatus status = HttpStatus.resolve(error.getStatusCode().value());
        if (status == null) {
            status = HttpStatus.INTERNAL_SERVER_ERROR;
        }
        exchange.getResponse().getHeaders().addAll(error.getHeaders());
        return problems.write(exchange, status, detail(exchange, status, error));
    }

    private static String detail(ServerWebExchange exchange, HttpStatus status, ResponseStatusException error) {
        String path = exchange.getRequest().getPath().value();
        if (status == HttpStatus.NOT_FOUND) {
            // The framework's own reason names internals (no static resource, no
            // handler); the caller only needs
            // to know that nothing is served here.
            return "Nothing is served at " + path;
        }
        if (error instanceof MethodNotAllowedException notAllowed) {
            return "%s is not allowed on %s; allowed: %s".formatted(exchange.getRequest().getMethod(), path,
                    names(notAllowed.getSupportedMethods()));
        }
        return error.getReason() != null ? error.getReason() : status.getReasonPhrase();
    }

    private static String names(Set<HttpMethod> methods) {
        return String.join(", ", methods.stream().map(HttpMethod::name).sorted().toList());
    }

}
