package org.communitysafety.servicedefaults.personaldata;

/**
 * An event's personal data was sealed with a key this service has not read yet: keys and
 * events travel on different topics, so an event can overtake its key. Retrying the event
 * (as the consumer's error handler does) lets the key arrive.
 */
public class PersonalDataKeyNotYetKnown extends RuntimeException {

    public PersonalDataKeyNotYetKnown(String keyId) {
        super("The key " + keyId + " has not reached this service yet; the event is retried until it does");
    }

}
