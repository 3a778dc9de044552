package org.communitysafety.notification.delivery;

import java.time.Instant;

import org.communitysafety.servicedefaults.events.EventType;

/**
 * One replica claimed a delivery for an attempt to send it. Contract:
 * {@code contracts/events/alert-attempt-started.v1.schema.json}.
 *
 * @param deliveryId the delivery
 * @param attempt which attempt this is, from 1
 * @param leaseUntil when the claim lapses if the attempt never reports its outcome
 */
@EventType("org.communitysafety.notification.alert-attempt-started.v1")
public record AlertAttemptStarted(String deliveryId, int attempt, Instant leaseUntil) implements AlertEvent {
}
