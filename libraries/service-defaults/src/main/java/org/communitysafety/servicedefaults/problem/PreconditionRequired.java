package org.communitysafety.servicedefaults.problem;

/**
 * An update came without the If-Match it needs; answered with HTTP 428 and a problem
 * detail that says what to send.
 */
public class PreconditionRequired extends RuntimeException {

    public PreconditionRequired(String detail) {
        super(detail);
    }

}
