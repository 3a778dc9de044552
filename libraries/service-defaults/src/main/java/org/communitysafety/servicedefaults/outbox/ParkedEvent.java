package org.communitysafety.servicedefaults.outbox;

import java.time.Instant;

/**
 * An event the broker refused for good, as operators see it: it waits in its aggregate's
 * outbox, with the aggregate's later events behind it, until it is replayed.
 *
 * @param eventId the event, to replay it by
 * @param type its versioned type
 * @param subject the aggregate it is about
 * @param reason why the broker refused it the last time
 * @param attempts how often the broker refused it
 * @param parkedAt when the relay gave up on it
 */
public record ParkedEvent(String eventId, String type, String subject, String reason, int attempts, Instant parkedAt) {

    static ParkedEvent of(OutboxEvent event) {
        return new ParkedEvent(event.eventId(), event.type(), event.subject(), event.refusal(), event.attempts(),
                event.parkedAt());
    }

}
