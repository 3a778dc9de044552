package org.communitysafety.notification.delivery;

import java.time.Instant;

import org.communitysafety.servicedefaults.events.EventType;

/**
 * An attempt to send an alert failed and another will be made. Contract:
 * {@code contracts/events/alert-attempt-failed.v1.schema.json}.
 *
 * @param deliveryId the delivery
 * @param attempt the attempt that failed
 * @param error why it failed
 * @param nextAttemptAt when the next attempt is due
 */
@EventType("org.communitysafety.notification.alert-attempt-failed.v1")
public record AlertAttemptFailed(String deliveryId, int attempt, String error,
        Instant nextAttemptAt) implements AlertEvent {
}
