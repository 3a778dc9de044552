package org.communitysafety.servicedefaults.problem;

/**
 * The caller's role allows this kind of change but not this one (an agency updating
 * another organisation's record, a manager reaching into a group it does not run);
 * answered with HTTP 403 and a detail that says why.
 */
public class NotPermitted extends RuntimeException {

    public NotPermitted(String detail) {
        super(detail);
    }

}
