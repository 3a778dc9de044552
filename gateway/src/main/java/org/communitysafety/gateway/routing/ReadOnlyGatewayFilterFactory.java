package org.communitysafety.gateway.routing;

import java.util.Set;

import reactor.core.publisher.Mono;

import org.springframework.cloud.gateway.filter.GatewayFilter;
import org.springframework.cloud.gateway.filter.OrderedGatewayFilter;
import org.springframework.cloud.gateway.filter.factory.AbstractGatewayFilterFactory;
import org.springframework.core.Ordered;
import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Component;
import org.springframework.web.server.MethodNotAllowedException;

/**
 * {@code ReadOnly} in a route's filters: the route serves GET and HEAD only, and anything
 * else is answered by the gateway with a 405 problem naming the allowed methods, without
 * reaching the service. For published open data, which anyone may read and nobody changes
 * through its public address.
 * <p>
 * It runs just after the rate limit and before the circuit breaker, so that a refused
 * write is not counted as a failure of the service.
 */
@Component
class ReadOnlyGatewayFilterFactory extends AbstractGatewayFilterFactory<Object> {

    private static final Set<HttpMethod> READS = Set.of(HttpMethod.GET, HttpMethod.HEAD);

    @Override
    public GatewayFilter apply(Object config) {
        GatewayFilter filter = (exchange, chain) -> {
            HttpMethod method = exchange.getRequest().getMethod();
            if (READS.contains(method)) {
                return chain.filter(exchange);
            }
            return Mono.error(new MethodNotAllowedException(method, READS));
        };
        return new OrderedGatewayFilter(filter, Ordered.HIGHEST_PRECEDENCE + 1);
    }

}
