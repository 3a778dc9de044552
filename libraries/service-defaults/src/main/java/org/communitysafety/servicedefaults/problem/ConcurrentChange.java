package org.communitysafety.servicedefaults.problem;

/**
 * The resource was changed concurrently; answered with HTTP 409 and a problem detail that
 * says why.
 */
public class ConcurrentChange extends RuntimeException {

    public ConcurrentChange(String detail) {
        super(detail);
    }

}
