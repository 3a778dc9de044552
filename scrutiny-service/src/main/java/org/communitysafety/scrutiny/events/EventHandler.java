package org.communitysafety.scrutiny.events;

import java.util.Set;

import org.communitysafety.servicedefaults.events.CloudEvent;

/**
 * What one feature does with the events it cares about from other services. Each handler
 * sees an event once however often Kafka delivers it.
 */
public interface EventHandler {

    /**
     * Names this handler in the record of handled events. Never rename a handler: every
     * event it has handled would be handled again.
     */
    String name();

    /** The versioned CloudEvents types this handler reacts to. */
    Set<String> eventTypes();

    /**
     * Acts on one event. Data that cannot be acted on is a
     * {@link org.communitysafety.servicedefaults.events.MalformedEvent} (dead-lettered at
     * once); anything else thrown is retried with back-off and then dead-lettered.
     */
    void handle(CloudEvent event);

}
