package org.communitysafety.platform;

import java.net.URI;
import java.util.Locale;

/**
 * Where the platform's RFC 9457 problem types live. The gateway and every service name
 * their problems the same way, so a caller reads one vocabulary whoever refused it.
 */
public final class ProblemTypes {

    public static final String BASE = "https://communitysafety.example/problems/";

    private ProblemTypes() {
    }

    /** A problem type by its slug, e.g. {@code rule-violated}. */
    public static URI of(String slug) {
        return URI.create(BASE + slug);
    }

    /**
     * The slug of a status's reason phrase, e.g. {@code SERVICE_UNAVAILABLE} gives
     * {@code service-unavailable}.
     */
    public static String slugOf(String statusName) {
        return statusName.toLowerCase(Locale.ROOT).replace('_', '-');
    }

}
