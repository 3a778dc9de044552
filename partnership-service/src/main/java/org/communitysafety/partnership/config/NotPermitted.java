package org.communitysafety.partnership.config;

/**
 * The caller's role allows the kind of change but not this one (e.g. an agency updating another organisation);
 * answered with HTTP 403 and a problem detail that says why.
 */
public class NotPermitted extends RuntimeException {

    public NotPermitted(String detail) {
        super(detail);
    }
}
