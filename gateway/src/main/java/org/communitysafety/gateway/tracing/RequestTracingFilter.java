package org.communitysafety.gateway.tracing;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

import io.micrometer.tracing.TraceContext;
import io.micrometer.tracing.handler.TracingObservationHandler;
import io.micrometer.tracing.propagation.Propagator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.spi.LoggingEventBuilder;
import reactor.core.publisher.Mono;
import reactor.core.publisher.SignalType;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.server.reactive.observation.ServerRequestObservationContext;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

import org.communitysafety.gateway.client.Caller;
import org.communitysafety.gateway.client.ClientKeyResolver;
import org.communitysafety.gateway.problem.GatewayErrorHandler;
import org.communitysafety.gateway.problem.Problems;

/**
 * The first filter every request meets: gives it a request id (keeping the caller's when
 * it is safe), passes it on to the service as {@code X-Request-Id}, answers with it and
 * with the request's trace context ({@code traceparent}), and writes one access log line
 * when the response is complete, naming the client, for an authenticated call the
 * organisation it acts for, and the trace id.
 * <p>
 * The trace itself is Micrometer Tracing's: the server observation (started before any
 * filter) continues a valid incoming {@code traceparent} or starts a trace, and the
 * gateway's observed proxy call passes it on to the service.
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

    private static final String TRACEPARENT = "traceparent";

    private final GatewayErrorHandler errors;

    private final Propagator propagator;

    public RequestTracingFilter(GatewayErrorHandler errors, Propagator propagator) {
        this.errors = errors;
        this.propagator = propagator;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        long startedAt = System.nanoTime();
        Optional<TraceContext> trace = traceOf(exchange);
        String requestId = requestId(exchange);
        ServerWebExchange identified = exchange.mutate()
            .request(request -> request.headers(headers -> headers.set(REQUEST_ID, requestId)))
            .build();
        Problems.rememberRequestedPath(identified);
        identified.getResponse().beforeCommit(() -> {
            identified.getResponse().getHeaders().set(REQUEST_ID, requestId);
            trace.map(this::traceparent)
                .ifPresent(traceparent -> identified.getResponse().getHeaders().set(TRACEPARENT, traceparent));
            return Mono.empty();
        });
        return chain.filter(identified)
            .onErrorResume(error -> errors.handle(identified, error))
            .doFinally(signal -> log(identified, trace, requestId, startedAt, signal));
    }

    /** The trace context of the request's server span, which the observation started. */
    private static Optional<TraceContext> traceOf(ServerWebExchange exchange) {
        return ServerRequestObservationContext.findCurrent(exchange.getAttributes())
            .map(context -> context.<TracingObservationHandler.TracingContext>get(
                    TracingObservationHandler.TracingContext.class))
            .map(TracingObservationHandler.TracingContext::getSpan)
            .map(span -> span.context());
    }

    private String traceparent(TraceContext trace) {
        Map<String, String> carrier = new HashMap<>();
        propagator.inject(trace, carrier, Map::put);
        return carrier.get(TRACEPARENT);
    }

    private static String requestId(ServerWebExchange exchange) {
        String given = exchange.getRequest().getHeaders().getFirst(REQUEST_ID);
        return given != null && SAFE_REQUEST_ID.matcher(given).matches() ? given : UUID.randomUUID().toString();
    }

    private static void log(ServerWebExchange exchange, Optional<TraceContext> trace, String requestId, long startedAt,
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
            .addKeyValue("http.request.id", requestId);
        trace.ifPresent(
                context -> line.addKeyValue("trace.id", context.traceId()).addKeyValue("span.id", context.spanId()));
        organisation.ifPresent(name -> line.addKeyValue("organization.id", name));
        line.log();
    }

}
