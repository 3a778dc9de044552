package org.communitysafety.gateway.client;

import reactor.core.publisher.Mono;

import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

/**
 * Records the {@link Caller} on the exchange as soon as its token has been accepted,
 * before anything decides whether it may go on: the access log names a client that was
 * refused (403) as well as one that was served. It belongs in the security filter chain,
 * between authentication and authorisation, and nowhere else.
 */
public class CallerRecordingFilter implements WebFilter {

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        return exchange.getPrincipal()
            .ofType(JwtAuthenticationToken.class)
            .doOnNext(authentication -> Caller.from(authentication.getToken()).recordOn(exchange))
            .then(chain.filter(exchange));
    }

}
