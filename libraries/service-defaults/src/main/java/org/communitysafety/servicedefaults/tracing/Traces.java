package org.communitysafety.servicedefaults.tracing;

import java.util.HashMap;
import java.util.Map;

import io.micrometer.tracing.Span;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;

/**
 * Lets a trace go on in work that is stored now and done later, on another thread or by
 * another replica: the outbox relay publishing an event, the dispatcher sending an email.
 * The work stores the W3C {@code traceparent} of the span in hand
 * ({@link #currentTraceparent()}), and whoever does it later starts its span as a child
 * of that ({@link #continueTrace}), so one trace runs from the request to the broker and
 * the email. Everything else (HTTP in and out, Kafka send and receive) is traced by
 * Micrometer's observations and needs nothing from here.
 */
public class Traces {

    /**
     * The W3C Trace Context header, also the CloudEvents distributed tracing extension.
     */
    public static final String TRACEPARENT = "traceparent";

    private final Tracer tracer;

    private final Propagator propagator;

    public Traces(Tracer tracer, Propagator propagator) {
        this.tracer = tracer;
        this.propagator = propagator;
    }

    /**
     * The {@code traceparent} of the span in hand, to store with work that goes on later;
     * null outside any trace.
     */
    public String currentTraceparent() {
        Span span = tracer.currentSpan();
        return span == null ? null : traceparentOf(span);
    }

    /** The {@code traceparent} that makes what follows a child of the span. */
    public String traceparentOf(Span span) {
        Map<String, String> carrier = new HashMap<>();
        propagator.inject(span.context(), carrier, Map::put);
        return carrier.get(TRACEPARENT);
    }

    /**
     * Starts a span as a child of the stored context, or as the root of a new trace when
     * none was stored or it is malformed. The caller ends it.
     */
    public Span continueTrace(String traceparent, String name) {
        Span.Builder span = traceparent == null ? tracer.spanBuilder().setNoParent()
                : propagator.extract(Map.of(TRACEPARENT, traceparent), Map::get);
        return span.name(name).start();
    }

    /**
     * Starts a child of the given span (which need not be in scope). The caller ends it.
     */
    public Span childOf(Span parent, String name) {
        return tracer.nextSpan(parent).name(name).start();
    }

    /**
     * Makes the span current on this thread (its trace id in the log lines) until the
     * scope is closed.
     */
    public Tracer.SpanInScope inScope(Span span) {
        return tracer.withSpan(span);
    }

}
