package org.communitysafety.servicedefaults.web;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.regex.Pattern;

import org.slf4j.MDC;

/**
 * The W3C trace context of the work in hand. The gateway starts a trace per request; a service carries it
 * in its logs (MDC {@code traceId}) and in every event it publishes, and a consumer restores it, so one trace
 * id follows a request through the gateway, a service and Kafka to the email.
 */
public final class TraceContext {

    public static final String HEADER = "traceparent";

    private static final Pattern TRACEPARENT = Pattern.compile("^00-[0-9a-f]{32}-[0-9a-f]{16}-[0-9a-f]{2}$");

    private static final SecureRandom RANDOM = new SecureRandom();

    private TraceContext() {
    }

    public static String currentTraceparent() {
        String traceparent = MDC.get(HEADER);
        return traceparent != null ? traceparent : newTraceparent();
    }

    /** Makes the given trace current for this thread, or a new one if it is missing or malformed. */
    public static void enter(String traceparent) {
        String valid = traceparent != null && TRACEPARENT.matcher(traceparent).matches() ? traceparent : newTraceparent();
        MDC.put(HEADER, valid);
        MDC.put("traceId", valid.substring(3, 35));
    }

    public static void leave() {
        MDC.remove(HEADER);
        MDC.remove("traceId");
    }

    static String newTraceparent() {
        HexFormat hex = HexFormat.of();
        byte[] traceId = new byte[16];
        byte[] spanId = new byte[8];
        RANDOM.nextBytes(traceId);
        RANDOM.nextBytes(spanId);
        return "00-" + hex.formatHex(traceId) + "-" + hex.formatHex(spanId) + "-01";
    }
}
