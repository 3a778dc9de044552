package org.communitysafety.servicedefaults.events;

/**
 * An event that can never be handled however often it is retried; it goes straight to the
 * dead-letter topic.
 */
public class MalformedEvent extends RuntimeException {

    public MalformedEvent(String message) {
        super(message);
    }

}
