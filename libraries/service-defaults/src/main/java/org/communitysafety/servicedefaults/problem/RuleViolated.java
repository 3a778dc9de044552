package org.communitysafety.servicedefaults.problem;

/**
 * A rule of the domain refuses this change; answered with HTTP 422 and a problem detail
 * that says why.
 */
public class RuleViolated extends RuntimeException {

    public RuleViolated(String detail) {
        super(detail);
    }

}
