package org.communitysafety.infra;

/**
 * A part of the platform could not be started; the message names it and says where to
 * look.
 */
public class PlatformStartupException extends RuntimeException {

    public PlatformStartupException(String message) {
        super(message);
    }

    public PlatformStartupException(String message, Throwable cause) {
        super(message, cause);
    }

}
