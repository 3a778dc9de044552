package org.communitysafety.servicedefaults.problem;

/**
 * The resource does not exist; answered with HTTP 404 and a problem detail that says why.
 */
public class ResourceNotFound extends RuntimeException {

    public ResourceNotFound(String detail) {
        super(detail);
    }

}
