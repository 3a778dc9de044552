package org.communitysafety.notification.delivery;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.communitysafety.servicedefaults.aggregate.Changed;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One email on its way to one person, and the log of how it went. Each command returns
 * the delivery as it becomes with the event that records it; the use case stores both at
 * once through the aggregate store. When its recipient is erased the delivery keeps what
 * accounts for the alert (its state, times, attempts, cause and the erasure) and nothing
 * of the person.
 *
 * @param id the delivery, derived from the alert's cause and recipient
 * @param version its version, also its ETag
 * @param alert what is sent to whom
 * @param state where it is on its way
 * @param attempts how many attempts were made
 * @param queuedAt when it was queued
 * @param retryingSince when the current run of attempts began: at queueing, or when an
 * administrator retried a failed delivery; attempts stop a policy's horizon after it
 * @param nextAttemptAt for one waiting ({@code QUEUED}, {@code RETRYING}), when it may be
 * attempted; for one held by a replica ({@code SENDING}), when that replica's lease
 * expires and another may take it over
 * @param sentAt when the SMTP server accepted it
 * @param lastError why the last attempt failed, while it is not sent
 * @param erasureId the erasure that forgot its recipient, if one did
 * @param recipientErasedAt when that was
 * @param routine whether it is one of a routine mailing to many (an update of community
 * safety activity, a weekly digest), which the dispatcher sends after the alerts that are
 * due with it, so that a mailing to a large group never holds them up
 */
@Document(Delivery.COLLECTION)
public record Delivery(@Id String id, @Version Long version, Alert alert, DeliveryState state, int attempts,
        Instant queuedAt, Instant retryingSince, Instant nextAttemptAt, Instant sentAt, String lastError,
        String erasureId, Instant recipientErasedAt, boolean routine) {

    static final String COLLECTION = "deliveries";

    static Changed<Delivery, AlertEvent> queue(Alert alert, Instant now) {
        return queue(alert, now, false);
    }

    static Changed<Delivery, AlertEvent> queue(Alert alert, Instant now, boolean routine) {
        if (alert.membershipId() == null || alert.membershipId().isBlank() || alert.recipient() == null
                || alert.recipient().isEmpty()) {
            throw new IllegalArgumentException("An alert goes to a member: a membership and an address are required");
        }
        Delivery delivery = new Delivery(alert.deliveryId(), null, alert, DeliveryState.QUEUED, 0, now, now, now, null,
                null, null, null, routine);
        return new Changed<>(delivery,
                new AlertQueued(delivery.id, alert.kind(), alert.causeEventId(), alert.causeSubject(), now, routine));
    }

    boolean isDue(Instant now) {
        return DeliveryState.UNFINISHED.contains(state) && nextAttemptAt != null && !nextAttemptAt.isAfter(now);
    }

    /**
     * Takes the delivery for one attempt, held until the lease expires. A delivery still
     * {@code SENDING} when its lease expired lost its replica mid-attempt: that attempt
     * counts, and if the policy's horizon has passed the delivery fails.
     */
    Changed<Delivery, AlertEvent> startAttempt(Instant now, DeliveryPolicy policy) {
        if (!isDue(now)) {
            throw new IllegalStateException("Delivery " + id + " is " + state + " and not due");
        }
        String error = lastError;
        if (state == DeliveryState.SENDING) {
            error = "Attempt " + attempts + " stopped before it reported an outcome; its lease expired";
            if (policy.isOver(attemptsBegan(), now)) {
                return giveUp(error, now);
            }
        }
        Instant leaseEnds = now.plus(policy.lease());
        return new Changed<>(with(DeliveryState.SENDING, attempts + 1, leaseEnds, error),
                new AlertAttemptStarted(id, attempts + 1, leaseEnds));
    }

    /** Sent: an earlier attempt's error no longer describes it. */
    Changed<Delivery, AlertEvent> sent(Instant now, String messageId) {
        requireSending();
        Delivery sent = new Delivery(id, version, alert, DeliveryState.SENT, attempts, queuedAt, retryingSince, null,
                now, null, erasureId, recipientErasedAt, routine);
        return new Changed<>(sent, new AlertSent(id, attempts, messageId, now));
    }

    /**
     * Schedules the next attempt with capped exponential back-off, or gives up once the
     * policy's horizon has passed since attempts began.
     */
    Changed<Delivery, AlertEvent> attemptFailed(Instant now, String error, DeliveryPolicy policy) {
        requireSending();
        if (policy.isOver(attemptsBegan(), now)) {
            return giveUp(error, now);
        }
        Instant next = now.plus(policy.retryAfter(attempts));
        return new Changed<>(with(DeliveryState.RETRYING, attempts, next, error),
                new AlertAttemptFailed(id, attempts, error, next));
    }

    /**
     * An administrator asks for a failed delivery to be tried again, e.g. after a long
     * mail outage: due at once, with a new run of attempts.
     */
    Changed<Delivery, AlertEvent> retry(Instant now) {
        if (state != DeliveryState.FAILED) {
            throw new IllegalStateException("Delivery " + id + " is " + state + "; only a failed one is retried");
        }
        Delivery retried = new Delivery(id, version, alert, DeliveryState.RETRYING, attempts, queuedAt, now, now,
                sentAt, lastError, erasureId, recipientErasedAt, routine);
        return new Changed<>(retried, new AlertRetried(id, attempts, now));
    }

    /**
     * Forgets the person the alert is to, because the partnership service erased them:
     * their address, the email's subject and text, and the address wherever an error
     * quoted it. A delivery not yet finished is cancelled first; one being attempted is
     * cancelled too, though its attempt may still reach them. Forgetting twice changes
     * nothing twice.
     */
    Forgetting forgetRecipient(String erasure, Instant now) {
        if (erasureId != null) {
            return new Forgetting(this, List.of());
        }
        List<AlertEvent> events = new ArrayList<>();
        DeliveryState after = state;
        Instant next = nextAttemptAt;
        if (DeliveryState.UNFINISHED.contains(state)) {
            after = DeliveryState.CANCELLED;
            next = null;
            events.add(new AlertCancelled(id, attempts, "Its recipient's personal data was erased", now));
        }
        events.add(new AlertRecipientErased(id, erasure, now));
        Delivery forgotten = new Delivery(id, version, alert.withoutPersonalData(), after, attempts, queuedAt,
                retryingSince, next, sentAt, alert.withoutAddress(lastError), erasure, now, routine);
        return new Forgetting(forgotten, events);
    }

    /**
     * A delivery after its recipient was forgotten, with the events of the change (none
     * if they were forgotten before).
     */
    record Forgetting(Delivery delivery, List<AlertEvent> events) {
    }

    private Changed<Delivery, AlertEvent> giveUp(String error, Instant now) {
        return new Changed<>(with(DeliveryState.FAILED, attempts, null, error),
                new AlertFailed(id, attempts, error, now));
    }

    private Delivery with(DeliveryState newState, int attemptsMade, Instant next, String error) {
        return new Delivery(id, version, alert, newState, attemptsMade, queuedAt, retryingSince, next, sentAt, error,
                erasureId, recipientErasedAt, routine);
    }

    /** Deliveries stored before runs of attempts were recorded began at queueing. */
    private Instant attemptsBegan() {
        return retryingSince == null ? queuedAt : retryingSince;
    }

    private void requireSending() {
        if (state != DeliveryState.SENDING) {
            throw new IllegalStateException("Delivery " + id + " is " + state + ", not being sent");
        }
    }

}
