package org.communitysafety.gateway.tracing;

import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

import org.communitysafety.platform.TraceParent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.spi.LoggingEventBuilder;
import reactor.core.publisher.Mono;
import reactor.core.publisher.SignalType;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatusCode;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

import org.communitysafety.gateway.client.Caller;
import org.communitysafety.gateway.client.ClientKeyResolver;
import org.communitysafety.gateway.problem.GatewayErrorHandler;
import org.communitysafety.gateway.problem.Problems;

/**
 * The first thing every request meets: gives it a trace context and a request id (keeping
 * the caller's when they are valid), passes both on to the service as {@code traceparent}
 * and {@code X-Request-Id}, and writes one access log line when the response is complete,
 * naming the client and, for an authenticated call, the organisation it acts for.
 * <p>
 * Errors from the rest of the chain are turned into problem+json here rather than after
 * this filter has finished, so that the access log line carries the status the caller
 * actually got.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class RequestTracingFilter implements WebFilter {

    public static final String REQUEST_ID = "X-Request-Id";

    private static final Logger accessLog = LoggerFactory.getLogger("org.communitysafety.gateway.access");

    // A caller's own id is kept only when it cannot break a log line or a header.
    private static final Pattern SAFE_REQUEST_ID = Pattern.compile("[A-Za-z0-9._:-]{1,128}");

    private final GatewayErrorHandler errors;

    public RequestTracingFilter(GatewayErrorHandler errors) {
        this.errors = errors;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        long startedAt = System.nanoTime();
        Optional<TraceParent> incoming = TraceParent
            .parse(exchange.getRequest().getHeaders().getFirst(TraceParent.TRACEPARENT));
        TraceParent trace = incoming.orElseGet(TraceParent::start);
        String requestId = requestId(exchange);
        ServerWebExchange traced = exchange.mutate().request(request -> request.headers(headers -> {
            headers.set(TraceParent.TRACEPARENT, trace.traceparent());
            if (incoming.isEmpty()) {
                // tracestate belongs to the trace it came with; a new trace starts
                // without it.
                headers.remove(TraceParent.TRACESTATE);
            }
            headers.set(REQUEST_ID, requestId);
        })).build();
        Problems.rememberRequestedPath(traced);
        traced.getResponse().beforeCommit(() -> {
            traced.getResponse().getHeaders().set(REQUEST_ID, requestId);
            return Mono.empty();
        });
        return chain.filter(traced)
            .onErrorResume(error -> errors.handle(traced, error))
            .doFinally(signal -> log(traced, trace, requestId, startedAt, signal));
    }

    private static String requestId(ServerWebExchange exchange) {
        String given = exchange.getRequest().getHeaders().getFirst(REQUEST_ID);
        return given != null && SAFE_REQUEST_ID.matcher(given).matches() ? given : UUID.randomUUID().toString();
    }

    private static void log(ServerWebExchange exchange, TraceParent trace, String requestId, long startedAt,
            SignalType signal) {
        long durationNanos = System.nanoTime() - startedAt;
        HttpStatusCode status = exchange.getResponse().getStatusCode();
        String method = exchange.getRequest().getMethod().name();
        String path = exchange.getAttributeOrDefault(Problems.REQUESTED_PATH_ATTRIBUTE,
                exchange.getRequest().getPath().value());
        String client = ClientKeyResolver.describe(exchange);
        Optional<String> organisation = Caller.of(exchange).map(Caller::organisation);
        // A caller that hangs up before the answer leaves no status to report; 499 is the
        // customary mark.
        int statusCode = signal == SignalType.CANCEL ? 499 : status != null ? status.value() : 200;
        LoggingEventBuilder line = accessLog.atInfo()
            // The caller in the message as well, for plain-text logs, which leave out the
            // fields below.
            .setMessage("{} {} {} {}ms {}")
            .addArgument(method)
            .addArgument(path)
            .addArgument(statusCode)
            .addArgument(durationNanos / 1_000_000)
            .addArgument(organisation.map(name -> client + " of " + name).orElse(client))
            .addKeyValue("http.request.method", method)
            .addKeyValue("url.path", path)
            .addKeyValue("http.response.status_code", statusCode)
            .addKeyValue("event.duration", durationNanos)
            .addKeyValue("client.id", client)
            .addKeyValue("trace.id", trace.traceId())
            .addKeyValue("http.request.id", requestId);
        organisation.ifPresent(name -> line.addKeyValue("organization.id", name));
        line.log();
    }

}
