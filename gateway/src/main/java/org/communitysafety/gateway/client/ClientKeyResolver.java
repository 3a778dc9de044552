package org.communitysafety.gateway.client;

import java.net.InetSocketAddress;
import java.security.Principal;
import java.util.Optional;

import reactor.core.publisher.Mono;

import org.springframework.cloud.gateway.filter.ratelimit.KeyResolver;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;

/**
 * Who is calling, for per-client rate limits and the access log.
 * <p>
 * This is the authentication seam: once the gateway checks tokens (a later change adds OAuth2 in front of the
 * routes), the exchange carries the authenticated client as its principal and every limit follows that client
 * wherever it calls from. Until then, and for anonymous callers of published data afterwards, callers are told
 * apart by their address. The address is the TCP peer unless {@code server.forward-headers-strategy} is set to
 * trust a proxy's {@code X-Forwarded-For}; trusting it without a proxy that overwrites it would let a caller
 * choose its own key.
 */
@Component
public class ClientKeyResolver implements KeyResolver {

    /** The key last resolved for this exchange, so the access log names the same client the limit counted. */
    public static final String CLIENT_ATTRIBUTE = ClientKeyResolver.class.getName() + ".client";

    @Override
    public Mono<String> resolve(ServerWebExchange exchange) {
        return exchange.getPrincipal()
                .map(Principal::getName)
                .filter(name -> !name.isBlank())
                .map(name -> "client:" + name)
                .switchIfEmpty(Mono.fromSupplier(() -> byAddress(exchange)))
                .doOnNext(key -> exchange.getAttributes().put(CLIENT_ATTRIBUTE, key));
    }

    /** The client as far as it is known without waiting for anything: for logging once the exchange is over. */
    public static String describe(ServerWebExchange exchange) {
        String resolved = exchange.getAttribute(CLIENT_ATTRIBUTE);
        return resolved != null ? resolved : byAddress(exchange);
    }

    private static String byAddress(ServerWebExchange exchange) {
        return "address:" + Optional.ofNullable(exchange.getRequest().getRemoteAddress())
                .map(ClientKeyResolver::host)
                .orElse("unknown");
    }

    private static String host(InetSocketAddress address) {
        return address.getAddress() != null ? address.getAddress().getHostAddress() : address.getHostString();
    }
}
