package org.communitysafety.notification.delivery;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One email on its way to one person, and the log of how it went. Each change of state
 * returns the event that records it, stored with it atomically through the aggregate
 * store. {@code nextAttemptAt} says when a delivery is next due: for one waiting
 * ({@code QUEUED}, {@code RETRYING}), when it may be attempted; for one held by a replica
 * ({@code SENDING}), when that replica's lease expires and another may take it over. When
 * its recipient is erased the delivery keeps what accounts for the alert (its state,
 * times, attempts, cause and the erasure) and nothing of the person.
 */
@Document(Delivery.COLLECTION)
public class Delivery {

    static final String COLLECTION = "deliveries";

    @Id
    private String id;

    @Version
    private Long version;

    private Alert alert;

    private DeliveryState state;

    private int attempts;

    private Instant queuedAt;

    private Instant nextAttemptAt;

    private Instant sentAt;

    private String lastError;

    private String erasureId;

    private Instant recipientErasedAt;

    Delivery() {
    }

    static Queueing queue(Alert alert, Instant now) {
        if (alert.membershipId() == null || alert.membershipId().isBlank() || alert.recipient() == null
                || alert.recipient().isEmpty()) {
            throw new IllegalArgumentException("An alert goes to a member: a membership and an address are required");
        }
        Delivery delivery = new Delivery();
        delivery.id = alert.deliveryId();
        delivery.alert = alert;
        delivery.state = DeliveryState.QUEUED;
        delivery.queuedAt = now;
        delivery.nextAttemptAt = now;
        return new Queueing(delivery,
                new AlertQueued(delivery.id, alert.kind(), alert.causeEventId(), alert.causeSubject(), now));
    }

    record Queueing(Delivery delivery, AlertQueued event) {
    }

    boolean isDue(Instant now) {
        return DeliveryState.UNFINISHED.contains(state) && nextAttemptAt != null && !nextAttemptAt.isAfter(now);
    }

    /**
     * Takes the delivery for one attempt, held until the lease expires. A delivery still
     * {@code SENDING} when its lease expired lost its replica mid-attempt: that attempt
     * counts, and if it was the last the delivery fails.
     */
    AlertEvent startAttempt(Instant now, DeliveryPolicy policy) {
        if (!isDue(now)) {
            throw new IllegalStateException("Delivery " + id + " is " + state + " and not due");
        }
        if (state == DeliveryState.SENDING) {
            lastError = "Attempt " + attempts + " stopped before it reported an outcome; its lease expired";
            if (attempts >= policy.maxAttempts()) {
                return giveUp(now);
            }
        }
        attempts++;
        state = DeliveryState.SENDING;
        nextAttemptAt = now.plus(policy.lease());
        return new AlertAttemptStarted(id, attempts, nextAttemptAt);
    }

    AlertSent sent(Instant now, String messageId) {
        requireSending();
        state = DeliveryState.SENT;
        sentAt = now;
        nextAttemptAt = null;
        return new AlertSent(id, attempts, messageId, now);
    }

    /**
     * Schedules the next attempt with exponential back-off, or gives up after the last.
     */
    AlertEvent attemptFailed(Instant now, String error, DeliveryPolicy policy) {
        requireSending();
        lastError = error;
        if (attempts >= policy.maxAttempts()) {
            return giveUp(now);
        }
        state = DeliveryState.RETRYING;
        nextAttemptAt = now.plus(policy.retryAfter(attempts));
        return new AlertAttemptFailed(id, attempts, error, nextAttemptAt);
    }

    /**
     * Forgets the person the alert is to, because the partnership service erased them:
     * their address, the email's subject and text, and the address wherever an error
     * quoted it. A delivery not yet finished is cancelled first; one being attempted is
     * cancelled too, though its attempt may still reach them. Forgetting twice changes
     * nothing twice.
     * @return the events of the change; none if the recipient was already forgotten
     */
    List<AlertEvent> forgetRecipient(String erasureId, Instant now) {
        if (this.erasureId != null) {
            return List.of();
        }
        List<AlertEvent> events = new ArrayList<>();
        if (DeliveryState.UNFINISHED.contains(state)) {
            state = DeliveryState.CANCELLED;
            nextAttemptAt = null;
            events.add(new AlertCancelled(id, attempts, "Its recipient's personal data was erased", now));
        }
        lastError = alert.withoutAddress(lastError);
        alert = alert.withoutPersonalData();
        this.erasureId = erasureId;
        recipientErasedAt = now;
        events.add(new AlertRecipientErased(id, erasureId, now));
        return events;
    }

    private AlertFailed giveUp(Instant now) {
        state = DeliveryState.FAILED;
        nextAttemptAt = null;
        return new AlertFailed(id, attempts, lastError, now);
    }

    private void requireSending() {
        if (state != DeliveryState.SENDING) {
            throw new IllegalStateException("Delivery " + id + " is " + state + ", not being sent");
        }
    }

    public String id() {
        return id;
    }

    public long version() {
        return version;
    }

    public Alert alert() {
        return alert;
    }

    public DeliveryState state() {
        return state;
    }

    public int attempts() {
        return attempts;
    }

    public Instant queuedAt() {
        return queuedAt;
    }

    public Instant nextAttemptAt() {
        return nextAttemptAt;
    }

    public Instant sentAt() {
        return sentAt;
    }

    public String lastError() {
        return lastError;
    }

    public String erasureId() {
        return erasureId;
    }

    public Instant recipientErasedAt() {
        return recipientErasedAt;
    }

}
