package org.communitysafety.notification.delivery;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.UUID;

/**
 * One email a feature wants a person to receive, and what caused it.
 *
 * @param kind what sort of alert it is, e.g. {@code APPOINTMENT}
 * @param causeEventId the event that caused it; with the recipient, it identifies the delivery
 * @param causeSubject what that event was about, e.g. {@code memberships/5d1c...}
 * @param recipient the email address it goes to
 * @param subject the email's subject line
 * @param body the email's plain-text body
 * @param traceparent the trace of the work that caused it, so that one trace follows a change to the email
 */
public record Alert(String kind, String causeEventId, String causeSubject, String recipient, String subject,
        String body, String traceparent) {

    public Alert {
        recipient = recipient.trim().toLowerCase(Locale.ROOT);
    }

    /** The id of this event's alert to this person: the same event can never queue them a second email. */
    String deliveryId() {
        return UUID.nameUUIDFromBytes((causeEventId + "\n" + recipient).getBytes(StandardCharsets.UTF_8)).toString();
    }
}
