package org.communitysafety.gateway.security;

import reactor.core.publisher.Mono;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

import org.communitysafety.gateway.problem.Problems;

/**
 * What a caller is told when the gateway refuses it: 401 when it has not shown a valid
 * token (none, malformed, wrongly signed, expired, from another issuer), with
 * {@code WWW-Authenticate: Bearer} as RFC 6750 asks; 403 when its token is valid but its
 * roles do not allow the call. Both as problem+json naming what was wrong.
 */
@Component
class SecurityRefusals {

    private static final PathPattern OPERATIONS = PathPatternParser.defaultInstance
        .parse(GatewaySecurityConfiguration.OPERATIONS);

    private final Problems problems;

    SecurityRefusals(Problems problems) {
        this.problems = problems;
    }

    Mono<Void> unauthenticated(ServerWebExchange exchange, AuthenticationException failure) {
        HttpHeaders headers = exchange.getResponse().getHeaders();
        if (failure instanceof OAuth2AuthenticationException refusedToken) {
            // A token was presented and refused: say so, so that a client knows to fetch
            // a new one.
            headers.set(HttpHeaders.WWW_AUTHENTICATE, "Bearer error=\"invalid_token\"");
            return problems.write(exchange, HttpStatus.UNAUTHORIZED, Problems.Type.UNAUTHENTICATED,
                    "The bearer token was refused: " + reason(refusedToken));
        }
        headers.set(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
        return problems.write(exchange, HttpStatus.UNAUTHORIZED, Problems.Type.UNAUTHENTICATED,
                "A bearer token from the platform's issuer is required");
    }

    Mono<Void> forbidden(ServerWebExchange exchange, AccessDeniedException denied) {
        String detail = OPERATIONS.matches(exchange.getRequest().getPath().pathWithinApplication())
                ? "Only administrators may use the operational endpoints"
                : "Changing data needs one of the platform's roles (%s); this token has none"
                    .formatted(String.join(", ", GatewaySecurityConfiguration.PLATFORM_ROLES));
        return problems.write(exchange, HttpStatus.FORBIDDEN, Problems.Type.FORBIDDEN, detail);
    }

    private static String reason(OAuth2AuthenticationException refused) {
        String description = refused.getError().getDescription();
        return description != null ? description : refused.getError().getErrorCode();
    }

}
