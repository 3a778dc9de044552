package org.communitysafety.notification.delivery;

import java.time.Instant;

import org.communitysafety.servicedefaults.events.EventType;

/**
 * The SMTP server accepted an alert. Contract:
 * {@code contracts/events/alert-sent.v1.schema.json}.
 *
 * @param deliveryId the delivery
 * @param attempts how many attempts it took
 * @param messageId the email's Message-ID header, derived from the delivery id
 * @param sentAt when it was accepted
 */
@EventType("org.communitysafety.notification.alert-sent.v1")
public record AlertSent(String deliveryId, int attempts, String messageId, Instant sentAt) implements AlertEvent {
}
