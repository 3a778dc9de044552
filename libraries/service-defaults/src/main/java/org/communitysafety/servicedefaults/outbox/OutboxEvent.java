package org.communitysafety.servicedefaults.outbox;

import java.time.Instant;
import java.util.Date;

import org.bson.Document;

/**
 * One event in an aggregate's outbox. It is pending until the broker takes it (then it
 * leaves the outbox for the history) or until the broker has refused it for good
 * {@code attempts} times, when it is parked with the reason: it stays in the outbox, in
 * its place, until an operator replays it.
 *
 * @param eventId the CloudEvent's id
 * @param topic where it is published
 * @param key the record key, the aggregate's id
 * @param subject the aggregate, e.g. {@code memberships/5d1c...}
 * @param occurredAt when the change was made
 * @param cloudEvent the serialised CloudEvent
 * @param traceparent the trace context of the work that caused it, which its publication
 * continues; none when it was caused outside any trace
 * @param attempts how often the broker refused it for good
 * @param refusal why the broker last refused it, if it did
 * @param parkedAt when it was parked; null while it is pending
 */
record OutboxEvent(String eventId, String type, String topic, String key, String subject, Instant occurredAt,
        String cloudEvent, String traceparent, int attempts, String refusal, Instant parkedAt) {

    static final String EVENT_ID = "eventId";

    static final String CLOUD_EVENT = "cloudEvent";

    static final String TRACEPARENT = "traceparent";

    static final String ATTEMPTS = "attempts";

    static final String REFUSAL = "refusal";

    static final String PARKED_AT = "parkedAt";

    static OutboxEvent of(Document entry) {
        Date parkedAt = entry.getDate(PARKED_AT);
        return new OutboxEvent(entry.getString(EVENT_ID), entry.getString("type"), entry.getString("topic"),
                entry.getString("key"), entry.getString("subject"), entry.getDate("occurredAt").toInstant(),
                entry.getString(CLOUD_EVENT), entry.getString(TRACEPARENT), entry.getInteger(ATTEMPTS, 0),
                entry.getString(REFUSAL), parkedAt == null ? null : parkedAt.toInstant());
    }

    Document toDocument() {
        return new Document(EVENT_ID, eventId).append("type", type)
            .append("topic", topic)
            .append("key", key)
            .append("subject", subject)
            .append("occurredAt", Date.from(occurredAt))
            .append(CLOUD_EVENT, cloudEvent)
            .append(TRACEPARENT, traceparent);
    }

    boolean parked() {
        return parkedAt != null;
    }

}
