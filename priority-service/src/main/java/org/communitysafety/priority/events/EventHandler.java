package org.communitysafety.priority.events;

import java.time.Instant;
import java.util.Set;

import org.communitysafety.servicedefaults.events.CloudEvent;
import org.communitysafety.servicedefaults.events.MalformedEvent;

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

    /** Acts on one event; data that cannot be acted on is a {@link MalformedEvent}. */
    void handle(CloudEvent event);

    /**
     * When the change happened: replicas apply an event only if it is not older than what
     * they hold.
     */
    static Instant timeOf(CloudEvent event) {
        if (event.time() == null) {
            throw new MalformedEvent("Event " + event.id() + " of type " + event.type() + " has no time");
        }
        return event.time().toInstant();
    }

}
