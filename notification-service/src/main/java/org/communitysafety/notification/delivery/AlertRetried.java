package org.communitysafety.notification.delivery;

import java.time.Instant;

import org.communitysafety.servicedefaults.events.EventType;

/**
 * An administrator asked for a failed alert to be tried again; attempts resume at once.
 * Contract: {@code contracts/events/alert-retried.v1.schema.json}.
 *
 * @param deliveryId the delivery
 * @param attempts how many attempts were made before
 * @param retriedAt when the retry was asked for
 */
@EventType("org.communitysafety.notification.alert-retried.v1")
public record AlertRetried(String deliveryId, int attempts, Instant retriedAt) implements AlertEvent {
}
