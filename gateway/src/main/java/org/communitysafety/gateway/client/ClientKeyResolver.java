package org.communitysafety.gateway.client;

import java.net.InetSocketAddress;
import java.util.Optional;

import reactor.core.publisher.Mono;

import org.springframework.cloud.gateway.filter.ratelimit.KeyResolver;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;

/**
 * Who is calling, for per-client rate limits and the access log.
 * <p>
 * An authenticated call is known by the client its token names ({@link Caller}, recorded
 * by the security chain), so every limit follows that client wherever it calls from, and
 * two clients behind one address are limited separately. An anonymous call (published
 * open data, the API documents) is known by its address. The address is the TCP peer
 * unless {@code server.forward-headers-strategy} is set to trust a proxy's
 * {@code X-Forwarded-For}; trusting it without a proxy that overwrites it would let a
 * caller choose its own key.
 */
@Component
public class ClientKeyResolver implements KeyResolver {

    @Override
    public Mono<String> resolve(ServerWebExchange exchange) {
        return Mono.fromSupplier(() -> describe(exchange));
    }

    /**
     * The key for this exchange, without waiting for anything: the access log uses it
     * too, so that it names the same client the limit counted.
     */
    public static String describe(ServerWebExchange exchange) {
        return Caller.of(exchange)
            .map(Caller::clientId)
            .map(clientId -> "client:" + clientId)
            .orElseGet(() -> byAddress(exchange));
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
