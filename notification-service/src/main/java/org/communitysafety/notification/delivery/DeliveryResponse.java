package org.communitysafety.notification.delivery;

import java.time.Instant;

/**
 * One email's delivery, as the delivery log shows it. The body is not shown: the subject
 * and the cause say what the email was.
 *
 * @param id the delivery
 * @param kind what sort of alert, e.g. {@code APPOINTMENT}
 * @param recipient the email address it goes to; none once the recipient is erased
 * @param subject the email's subject line; none once the recipient is erased
 * @param state queued, sending, sent, retrying, failed or cancelled
 * @param attempts attempts made so far
 * @param queuedAt when it was queued
 * @param nextAttemptAt when it is next due (waiting), or when the current attempt's lease
 * expires (sending)
 * @param sentAt when the SMTP server accepted it
 * @param lastError why the last failed attempt failed
 * @param causeEventId the event that caused it
 * @param causeSubject what that event was about
 * @param membershipId the membership of the person it goes to
 * @param erasureId the partnership service's erasure of the recipient, if they were
 * erased
 * @param recipientErasedAt when the recipient's personal data was taken out of the
 * delivery
 * @param version the delivery's version, also its ETag
 */
public record DeliveryResponse(String id, String kind, String recipient, String subject, DeliveryState state,
        int attempts, Instant queuedAt, Instant nextAttemptAt, Instant sentAt, String lastError, String causeEventId,
        String causeSubject, String membershipId, String erasureId, Instant recipientErasedAt, long version) {

    static DeliveryResponse of(Delivery delivery) {
        Alert alert = delivery.alert();
        return new DeliveryResponse(delivery.id(), alert.kind(), alert.recipient(), alert.subject(), delivery.state(),
                delivery.attempts(), delivery.queuedAt(), delivery.nextAttemptAt(), delivery.sentAt(),
                delivery.lastError(), alert.causeEventId(), alert.causeSubject(), alert.membershipId(),
                delivery.erasureId(), delivery.recipientErasedAt(), delivery.version());
    }
}
