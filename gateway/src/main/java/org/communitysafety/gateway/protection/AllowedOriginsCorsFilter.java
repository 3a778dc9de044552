package org.communitysafety.gateway.protection;

import java.time.Duration;
import java.util.List;

import reactor.core.publisher.Mono;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.reactive.CorsProcessor;
import org.springframework.web.cors.reactive.CorsUtils;
import org.springframework.web.cors.reactive.DefaultCorsProcessor;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

import org.communitysafety.gateway.problem.Problems;

/**
 * Cross-origin calls from browsers, for the origins named in
 * {@code platform.http.cors-allowed-origins} only (none by default). A cross-origin
 * request from any other origin is refused with a 403 problem; calls that carry no
 * {@code Origin} (servers, scripts) and same-origin calls are not affected.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 20)
class AllowedOriginsCorsFilter implements WebFilter {

    private final CorsConfiguration configuration;

    private final CorsProcessor processor = new DefaultCorsProcessor();

    private final Problems problems;

    AllowedOriginsCorsFilter(HttpProtectionProperties properties, Problems problems) {
        this.configuration = configuration(properties.corsAllowedOrigins());
        this.problems = problems;
    }

    private static CorsConfiguration configuration(List<String> origins) {
        CorsConfiguration configuration = new CorsConfiguration();
        configuration.setAllowedOrigins(origins);
        configuration.setAllowedMethods(List.of(HttpMethod.GET.name(), HttpMethod.HEAD.name(), HttpMethod.POST.name(),
                HttpMethod.PUT.name(), HttpMethod.PATCH.name(), HttpMethod.DELETE.name()));
        configuration
            .setAllowedHeaders(List.of(HttpHeaders.AUTHORIZATION, HttpHeaders.CONTENT_TYPE, HttpHeaders.IF_MATCH,
                    HttpHeaders.IF_NONE_MATCH, "Idempotency-Key", "traceparent", "tracestate", "X-Request-Id"));
        configuration.setExposedHeaders(List.of(HttpHeaders.ETAG, HttpHeaders.LOCATION, HttpHeaders.RETRY_AFTER,
                "X-Request-Id", "X-RateLimit-Remaining"));
        // Tokens travel in the Authorization header, never in cookies.
        configuration.setAllowCredentials(false);
        configuration.setMaxAge(Duration.ofHours(1));
        return configuration;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        if (!CorsUtils.isCorsRequest(exchange.getRequest())) {
            return chain.filter(exchange);
        }
        if (!processor.process(configuration, exchange)) {
            String origin = exchange.getRequest().getHeaders().getOrigin();
            return problems.write(exchange, HttpStatus.FORBIDDEN,
                    "Cross-origin requests from " + origin + " are not allowed");
        }
        if (CorsUtils.isPreFlightRequest(exchange.getRequest())) {
            return exchange.getResponse().setComplete();
        }
        return chain.filter(exchange);
    }

}
