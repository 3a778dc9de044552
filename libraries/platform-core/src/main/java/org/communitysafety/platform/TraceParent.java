package org.communitysafety.platform;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A W3C Trace Context {@code traceparent}: {@code version-traceid-parentid-flags}
 * (https://www.w3.org/TR/trace-context/). The gateway passes a valid incoming context on
 * unchanged and starts a new trace only when there is none (or it is malformed); services
 * carry it into their logs and events.
 */
public record TraceParent(String traceId, String parentId, String flags) {

    public static final String TRACEPARENT = "traceparent";

    public static final String TRACESTATE = "tracestate";

    // Version 00 has exactly four fields; a later version may append more after a dash,
    // which we ignore.
    private static final Pattern TRACEPARENT_FORMAT = Pattern
        .compile("([0-9a-f]{2})-([0-9a-f]{32})-([0-9a-f]{16})-([0-9a-f]{2})(-.*)?");

    private static final String INVALID_VERSION = "ff";

    private static final String SAMPLED = "01";

    private static final SecureRandom random = new SecureRandom();

    /**
     * The context in a {@code traceparent} header, if it is one the specification
     * accepts.
     */
    public static Optional<TraceParent> parse(String traceparent) {
        if (traceparent == null) {
            return Optional.empty();
        }
        Matcher matcher = TRACEPARENT_FORMAT.matcher(traceparent.trim());
        if (!matcher.matches()) {
            return Optional.empty();
        }
        String version = matcher.group(1);
        boolean extraFields = matcher.group(5) != null;
        if (version.equals(INVALID_VERSION) || (version.equals("00") && extraFields)) {
            return Optional.empty();
        }
        String traceId = matcher.group(2);
        String parentId = matcher.group(3);
        if (allZeros(traceId) || allZeros(parentId)) {
            return Optional.empty();
        }
        return Optional.of(new TraceParent(traceId, parentId, matcher.group(4)));
    }

    /**
     * A new trace, marked sampled so that a service that records spans for sampled traces
     * records this one.
     */
    public static TraceParent start() {
        return new TraceParent(randomHex(16), randomHex(8), SAMPLED);
    }

    /** The header to pass on, in version 00 (the only version the platform writes). */
    public String traceparent() {
        return "00-" + traceId + "-" + parentId + "-" + flags;
    }

    private static String randomHex(int bytes) {
        byte[] id = new byte[bytes];
        do {
            random.nextBytes(id);
        }
        while (allZeros(HexFormat.of().formatHex(id)));
        return HexFormat.of().formatHex(id);
    }

    private static boolean allZeros(String hex) {
        return hex.chars().allMatch(c -> c == '0');
    }
}
