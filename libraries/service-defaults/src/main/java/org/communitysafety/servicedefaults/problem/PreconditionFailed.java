package org.communitysafety.servicedefaults.problem;

/** The precondition failed; answered with HTTP 412 and a problem detail that says why. */
public class PreconditionFailed extends RuntimeException {

    public PreconditionFailed(String detail) {
        super(detail);
    }

}
