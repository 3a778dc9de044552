package org.communitysafety.gateway.security;

import java.time.Duration;
import java.util.Map;

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

import org.communitysafety.gateway.client.ClientKeyResolver;
import org.communitysafety.gateway.problem.Problems;
import org.communitysafety.gateway.ratelimit.RefusedTokenLimit;

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

    private final RefusedTokenLimit refusedTokens;

    SecurityRefusals(Problems problems, RefusedTokenLimit refusedTokens) {
        this.problems = problems;
        this.refusedTokens = refusedTokens;
    }

    Mono<Void> unauthenticated(ServerWebExchange exchange, AuthenticationException failure) {
        HttpHeaders headers = exchange.getResponse().getHeaders();
        if (failure instanceof OAuth2AuthenticationException refusedToken) {
            // A token was presented and refused: it counts against the caller's address,
            // and the caller is told so, so that a client knows to fetch a new one.
            return refusedTokens.countRefusal(ClientKeyResolver.describe(exchange))
                .flatMap(wait -> wait.map(duration -> tooManyRefusedTokens(exchange, duration))
                    .orElseGet(() -> refusedToken(exchange, refusedToken)));
        }
        headers.set(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
        return problems.write(exchange, HttpStatus.UNAUTHORIZED, Problems.Type.UNAUTHENTICATED,
                "A bearer token from the platform's issuer is required");
    }

    private Mono<Void> refusedToken(ServerWebExchange exchange, OAuth2AuthenticationException refused) {
        exchange.getResponse().getHeaders().set(HttpHeaders.WWW_AUTHENTICATE, "Bearer error=\"invalid_token\"");
        return problems.write(exchange, HttpStatus.UNAUTHORIZED, Problems.Type.UNAUTHENTICATED,
                "The bearer token was refused: " + reason(refused));
    }

    /**
     * An address that has presented too many refused tokens: 429, as any caller over its
     * limit, without saying anything about the token.
     */
    Mono<Void> tooManyRefusedTokens(ServerWebExchange exchange, Duration wait) {
        long seconds = Math.max(1, wait.toSeconds() + (wait.toNanosPart() > 0 ? 1 : 0));
        exchange.getResponse().getHeaders().set(HttpHeaders.RETRY_AFTER, String.valueOf(seconds));
        return problems.write(exchange, HttpStatus.TOO_MANY_REQUESTS,
                "Too many refused tokens from this address; try again in " + seconds + " s",
                Map.of("retryAfterSeconds", seconds));
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
