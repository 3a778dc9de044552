package org.communitysafety.notification.events;

import java.time.Instant;
import java.util.Set;

import org.communitysafety.servicedefaults.events.CloudEvent;
import org.communitysafety.servicedefaults.events.MalformedEvent;

/**
 * What one feature does with the events it cares about from other services. Each handler
 * sees an event once however often Kafka delivers it, independently of the other handlers
 * of the same event, so one handler's failure is retried without repeating another's
 * work.
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

    /**
     * When the change happened. Replicas apply an event only if it is not older than what
     * they hold, so an event without a time (optional in CloudEvents, always set by this
     * platform's producers) cannot be applied.
     */
    static Instant timeOf(CloudEvent event) {
        if (event.time() == null) {
            throw new MalformedEvent("Event " + event.id() + " of type " + event.type() + " has no time");
        }
        return event.time().toInstant();
    }

}
