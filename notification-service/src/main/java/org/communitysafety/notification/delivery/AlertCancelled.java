package org.communitysafety.notification.delivery;

import java.time.Instant;

import org.communitysafety.servicedefaults.events.EventType;

/**
 * An alert was withdrawn before it was sent, and no attempt will be made (its recipient
 * was erased). Contract: {@code contracts/events/alert-cancelled.v1.schema.json}.
 *
 * @param deliveryId the delivery
 * @param attempts how many attempts had been made
 * @param reason why it was withdrawn
 * @param cancelledAt when
 */
@EventType("org.communitysafety.notification.alert-cancelled.v1")
public record AlertCancelled(String deliveryId, int attempts, String reason,
        Instant cancelledAt) implements AlertEvent {
}
