package org.communitysafety.notification.delivery;

import java.time.Instant;

import org.communitysafety.servicedefaults.events.EventType;

/**
 * An alert could not be delivered and no more attempts will be made. Contract:
 * {@code contracts/events/alert-failed.v1.schema.json}.
 *
 * @param deliveryId the delivery
 * @param attempts how many attempts were made
 * @param lastError why the last one failed
 * @param failedAt when the delivery was given up
 */
@EventType("org.communitysafety.notification.alert-failed.v1")
public record AlertFailed(String deliveryId, int attempts, String lastError, Instant failedAt) implements AlertEvent {
}
