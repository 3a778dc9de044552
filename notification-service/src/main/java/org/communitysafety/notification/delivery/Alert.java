package org.communitysafety.notification.delivery;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One email a feature wants a member to receive, and what caused it. Once its recipient
 * is erased only what accounts for the alert is left: its kind, its cause, to which
 * membership and the trace; no address, no text.
 *
 * @param kind what sort of alert it is, e.g. {@code APPOINTMENT}
 * @param causeEventId the event that caused it; with the membership, it identifies the
 * delivery
 * @param causeSubject what that event was about, e.g. {@code memberships/5d1c...}
 * @param membershipId the membership (in the member replica) of the person it goes to, by
 * which it is found when that person is erased
 * @param recipient the email address it goes to; none once erased
 * @param subject the email's subject line; none once erased
 * @param body the email's plain-text body; none once erased
 * @param traceparent the W3C trace context of the work that queued it, which its sending
 * continues, so that one trace follows a change to the email
 * @param html the email's HTML body, sent beside the plain-text one; none for a
 * plain-text email, and none once erased
 * @param headers further mail headers (e.g. {@code List-Unsubscribe}); none once erased,
 * since an unsubscribe link is the member's own
 */
public record Alert(String kind, String causeEventId, String causeSubject, String membershipId, String recipient,
        String subject, String body, String traceparent, String html, Map<String, String> headers) {

    static final String REDACTED_ADDRESS = "<recipient>";

    public Alert {
        recipient = recipient == null ? null : recipient.trim().toLowerCase(Locale.ROOT);
        headers = headers == null ? Map.of() : Map.copyOf(headers);
    }

    /** A plain-text alert with no further headers. */
    public Alert(String kind, String causeEventId, String causeSubject, String membershipId, String recipient,
            String subject, String body, String traceparent) {
        this(kind, causeEventId, causeSubject, membershipId, recipient, subject, body, traceparent, null, Map.of());
    }

    /**
     * The id of this event's alert to this member: the same event can never queue them a
     * second email. It is derived from ids only, never from the address, so that it says
     * nothing about the person once they are erased.
     */
    String deliveryId() {
        return UUID.nameUUIDFromBytes((causeEventId + "\n" + membershipId).getBytes(StandardCharsets.UTF_8)).toString();
    }

    /**
     * The alert with nothing left of the person: no address, no subject, no text, no
     * links of theirs.
     */
    Alert withoutPersonalData() {
        return new Alert(kind, causeEventId, causeSubject, membershipId, null, null, null, traceparent, null, Map.of());
    }

    /**
     * The text with the recipient's address taken out, e.g. an SMTP server's error, which
     * often quotes it.
     */
    String withoutAddress(String text) {
        if (text == null || recipient == null || recipient.isEmpty()) {
            return text;
        }
        return Pattern.compile(Pattern.quote(recipient), Pattern.CASE_INSENSITIVE)
            .matcher(text)
            .replaceAll(Matcher.quoteReplacement(REDACTED_ADDRESS));
    }
}
