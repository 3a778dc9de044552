package org.communitysafety.gateway.ratelimit;

import java.util.Map;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

import org.springframework.cloud.gateway.filter.GatewayFilter;
import org.springframework.cloud.gateway.filter.OrderedGatewayFilter;
import org.springframework.cloud.gateway.filter.factory.AbstractGatewayFilterFactory;
import org.springframework.cloud.gateway.filter.ratelimit.KeyResolver;
import org.springframework.cloud.gateway.filter.ratelimit.RateLimiter;
import org.springframework.cloud.gateway.route.Route;
import org.springframework.cloud.gateway.support.HasRouteId;
import org.springframework.cloud.gateway.support.ServerWebExchangeUtils;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;

import org.communitysafety.gateway.problem.Problems;

/**
 * {@code ClientRateLimit} in a route's filters: each client gets its own allowance per
 * route; over it, a 429 problem+json with {@code Retry-After}. The gateway's own
 * RequestRateLimiter answers 429 with an empty body, hence this filter over the same
 * {@link RateLimiter} and {@link KeyResolver} contracts.
 * <p>
 * It runs before every other route filter, so a refused request neither reaches a circuit
 * breaker (a busy client is not a failing service) nor is retried.
 */
@Component
public class ClientRateLimitGatewayFilterFactory
        extends AbstractGatewayFilterFactory<ClientRateLimitGatewayFilterFactory.Config> {

    private final RateLimiter<?> limiter;

    private final KeyResolver clients;

    private final Problems problems;

    private final long fallbackRetryAfterSeconds;

    private final MeterRegistry meters;

    public ClientRateLimitGatewayFilterFactory(RateLimiter<?> limiter, KeyResolver clients, Problems problems,
            RateLimitProperties properties, MeterRegistry meters) {
        super(Config.class);
        this.limiter = limiter;
        this.clients = clients;
        this.problems = problems;
        this.meters = meters;
        // Redis's limiter does not say when to come back: by then one request's tokens
        // will have refilled.
        this.fallbackRetryAfterSeconds = Math.max(1,
                (long) Math.ceil((double) properties.requestedTokens() / properties.replenishRate()));
    }

    @Override
    public GatewayFilter apply(Config config) {
        GatewayFilter filter = (exchange, chain) -> clients.resolve(exchange)
            .flatMap(client -> limiter.isAllowed(routeId(config, exchange), client))
            .flatMap(response -> {
                HttpHeaders headers = exchange.getResponse().getHeaders();
                response.getHeaders().forEach(headers::set);
                if (response.isAllowed()) {
                    return chain.filter(exchange);
                }
                refusals(routeId(config, exchange)).increment();
                return refuse(exchange, headers);
            });
        return new OrderedGatewayFilter(filter, Ordered.HIGHEST_PRECEDENCE);
    }

    private Mono<Void> refuse(ServerWebExchange exchange, HttpHeaders headers) {
        if (headers.getFirst(HttpHeaders.RETRY_AFTER) == null) {
            headers.set(HttpHeaders.RETRY_AFTER, String.valueOf(fallbackRetryAfterSeconds));
        }
        String retryAfter = headers.getFirst(HttpHeaders.RETRY_AFTER);
        return problems.write(exchange, HttpStatus.TOO_MANY_REQUESTS,
                "Too many requests from this client; try again in " + retryAfter + " s",
                Map.of("retryAfterSeconds", Long.parseLong(retryAfter)));
    }

    /** What operators alert on: a client, or many, held back at the door, per route. */
    private Counter refusals(String route) {
        return Counter.builder("platform.gateway.rate.limit.refusals")
            .description("Requests refused because their client was over its rate limit")
            .tag("route", route)
            .register(meters);
    }

    private static String routeId(Config config, ServerWebExchange exchange) {
        if (config.getRouteId() != null) {
            return config.getRouteId();
        }
        Route route = exchange.getRequiredAttribute(ServerWebExchangeUtils.GATEWAY_ROUTE_ATTR);
        return route.getId();
    }

    public static class Config implements HasRouteId {

        private @Nullable String routeId;

        @Override
        public void setRouteId(String routeId) {
            this.routeId = routeId;
        }

        @Override
        public @Nullable String getRouteId() {
            return routeId;
        }

    }

}
