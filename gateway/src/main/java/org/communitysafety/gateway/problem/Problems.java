package org.communitysafety.gateway.problem;

import java.util.LinkedHashMap;
import java.util.Map;

import org.communitysafety.platform.ProblemTypes;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;

/**
 * Writes the gateway's own errors as RFC 9457 problem details, so that a caller reads
 * every error the same way, whether it came from a service or from the gateway in front
 * of it.
 */
@Component
public class Problems {

    /**
     * The path the caller asked for. A circuit breaker fallback is a forward to another
     * path, so the path of the exchange at that point is not the one to report as the
     * problem's {@code instance}.
     */
    public static final String REQUESTED_PATH_ATTRIBUTE = Problems.class.getName() + ".requestedPath";

    private final JsonMapper json;

    public Problems(JsonMapper json) {
        this.json = json;
    }

    /**
     * Remembers the path as the caller sent it, before any route rewrites or forwards it.
     */
    public static void rememberRequestedPath(ServerWebExchange exchange) {
        exchange.getAttributes().putIfAbsent(REQUESTED_PATH_ATTRIBUTE, exchange.getRequest().getPath().value());
    }

    public Mono<Void> write(ServerWebExchange exchange, HttpStatus status, String detail) {
        return write(exchange, status, detail, Map.of());
    }

    /**
     * A problem of one of the platform's own types, for a refusal that a service gives
     * too (401, 403): the caller reads the same type and title whether the gateway or the
     * service behind it refused.
     */
    public Mono<Void> write(ServerWebExchange exchange, HttpStatus status, Type type, String detail) {
        return write(exchange, status, detail, Map.of("type", ProblemTypes.BASE + type.slug(), "title", type.title()));
    }

    /**
     * Writes the problem, unless the response has already been started: the caller then
     * already has a status and headers, and nothing can be added.
     */
    public Mono<Void> write(ServerWebExchange exchange, HttpStatus status, String detail,
            Map<String, Object> extensions) {
        ServerHttpResponse response = exchange.getResponse();
        if (response.isCommitted()) {
            return Mono.empty();
        }
        byte[] body = json.writeValueAsBytes(problem(exchange, status, detail, extensions));
        response.setStatusCode(status);
        response.getHeaders().setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        // A refusal is about this request at this moment; no cache may answer it again.
        response.getHeaders().setCacheControl(CacheControl.noStore());
        response.getHeaders().setContentLength(body.length);
        DataBuffer buffer = response.bufferFactory().wrap(body);
        return response.writeWith(Mono.just(buffer));
    }

    private static Map<String, Object> problem(ServerWebExchange exchange, HttpStatus status, String detail,
            Map<String, Object> extensions) {
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", ProblemTypes.BASE + ProblemTypes.slugOf(status.name()));
        problem.put("title", status.getReasonPhrase());
        problem.put("status", status.value());
        problem.put("detail", detail);
        problem.put("instance",
                exchange.getAttributeOrDefault(REQUESTED_PATH_ATTRIBUTE, exchange.getRequest().getPath().value()));
        problem.putAll(extensions);
        return problem;
    }

    /**
     * The platform's problem types that the gateway answers with, as the services name
     * them.
     */
    public enum Type {

        UNAUTHENTICATED("unauthenticated", "Unauthenticated"), FORBIDDEN("forbidden", "Forbidden");

        private final String slug;

        private final String title;

        Type(String slug, String title) {
            this.slug = slug;
            this.title = title;
        }

        String slug() {
            return slug;
        }

        String title() {
            return title;
        }

    }

}
