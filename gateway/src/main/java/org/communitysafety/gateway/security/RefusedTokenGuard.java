package org.communitysafety.gateway.security;

import reactor.core.publisher.Mono;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

import org.communitysafety.gateway.client.ClientKeyResolver;
import org.communitysafety.gateway.ratelimit.RefusedTokenLimit;

/**
 * Answers 429 at once, before its token is checked, to a caller presenting a bearer token
 * from an address that has presented too many refused ones of late
 * ({@link RefusedTokenLimit}): checking one could send the gateway to fetch the issuer's
 * keys, which a flood of made-up tokens must not be able to do. Runs before the security
 * chain; a call without a token is not held back here (the routes' limits count it).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 40)
class RefusedTokenGuard implements WebFilter {

    private final RefusedTokenLimit refusedTokens;

    private final SecurityRefusals refusals;

    RefusedTokenGuard(RefusedTokenLimit refusedTokens, SecurityRefusals refusals) {
        this.refusedTokens = refusedTokens;
        this.refusals = refusals;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        String authorization = exchange.getRequest().getHeaders().getFirst(HttpHeaders.AUTHORIZATION);
        if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return chain.filter(exchange);
        }
        return refusedTokens.heldBack(ClientKeyResolver.describe(exchange))
            .map(wait -> refusals.tooManyRefusedTokens(exchange, wait))
            .orElseGet(() -> chain.filter(exchange));
    }

}
