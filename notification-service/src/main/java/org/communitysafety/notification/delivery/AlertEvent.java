package org.communitysafety.notification.delivery;

import org.communitysafety.servicedefaults.events.DomainEvent;

/**
 * What happened to an alert on its way to a person: one event per change of its
 * delivery's state, published on {@code notification.events} with subject
 * {@code deliveries/{deliveryId}}. They name the delivery and its cause, never the
 * address or the text: emails are personal data and the topic is read by other services.
 */
public sealed interface AlertEvent extends DomainEvent permits AlertQueued, AlertAttemptStarted, AlertAttemptFailed,
        AlertSent, AlertFailed, AlertRetried, AlertCancelled, AlertRecipientErased {

    String deliveryId();

}
