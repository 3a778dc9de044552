package org.communitysafety.notification.delivery;

import java.time.Instant;

import org.communitysafety.servicedefaults.events.EventType;

/**
 * An alert was queued for delivery. Contract:
 * {@code contracts/events/alert-queued.v1.schema.json}.
 *
 * @param deliveryId the delivery
 * @param kind what sort of alert, e.g. {@code APPOINTMENT}
 * @param causeEventId the event that caused it
 * @param causeSubject what that event was about, e.g. {@code memberships/5d1c...}
 * @param queuedAt when it was queued
 * @param routine whether it is one of a routine mailing to many (an update of community
 * safety activity, a weekly digest), sent after the alerts due with it
 */
@EventType("org.communitysafety.notification.alert-queued.v1")
public record AlertQueued(String deliveryId, String kind, String causeEventId, String causeSubject, Instant queuedAt,
        boolean routine) implements AlertEvent {
}
