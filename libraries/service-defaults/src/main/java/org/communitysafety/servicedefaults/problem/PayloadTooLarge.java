package org.communitysafety.servicedefaults.problem;

/** A request body over the service's limit; answered with HTTP 413. */
public class PayloadTooLarge extends RuntimeException {

    public PayloadTooLarge(long maxBytes) {
        super("The request body is larger than the limit of " + maxBytes + " bytes");
    }

}
