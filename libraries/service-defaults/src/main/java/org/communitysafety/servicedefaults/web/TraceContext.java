package org.communitysafety.servicedefaults.web;

import org.communitysafety.platform.TraceParent;
import org.slf4j.MDC;

/**
 * The W3C trace context of the work in hand. The gateway starts a trace per request; a
 * service carries it in its logs (MDC {@code traceId}) and in every event it publishes,
 * and a consumer restores it, so one trace id follows a request through the gateway, a
 * service and Kafka to the email.
 */
public final class TraceContext {

    public static final String HEADER = TraceParent.TRACEPARENT;

    private TraceContext() {
    }

    public static String currentTraceparent() {
        String traceparent = MDC.get(HEADER);
        return traceparent != null ? traceparent : newTraceparent();
    }

    /**
     * Makes the given trace current for this thread, or a new one if it is missing or
     * malformed.
     */
    public static void enter(String traceparent) {
        TraceParent trace = TraceParent.parse(traceparent).orElseGet(TraceParent::start);
        MDC.put(HEADER, trace.traceparent());
        MDC.put("traceId", trace.traceId());
    }

    public static void leave() {
        MDC.remove(HEADER);
        MDC.remove("traceId");
    }

    private static String newTraceparent() {
        return TraceParent.start().traceparent();
    }

}
