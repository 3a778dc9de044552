package org.communitysafety.notification.delivery;

import java.time.Instant;

import org.communitysafety.servicedefaults.events.EventType;

/**
 * The personal data of an alert's recipient was taken out of its delivery (their address
 * and the email's subject and text), because the partnership service erased the person;
 * what happened to the alert is kept. Contract:
 * {@code contracts/events/alert-recipient-erased.v1.schema.json}.
 *
 * @param deliveryId the delivery
 * @param erasureId the partnership service's erasure that asked for it
 * @param erasedAt when
 */
@EventType("org.communitysafety.notification.alert-recipient-erased.v1")
public record AlertRecipientErased(String deliveryId, String erasureId, Instant erasedAt) implements AlertEvent {
}
