package org.communitysafety.notification;

import jakarta.mail.internet.MimeMessage;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What every alert email must be, read from the MIME the SMTP server received: plain text
 * and HTML as alternatives, a link to the item in both, the member's signed one-click
 * unsubscribe for this kind of alert, marked as sent by a machine, and the trace of the
 * event that caused it (the trace context of the email's own SMTP send, in that trace).
 */
public final class AlertEmails {

    public static final String BASE = "http://127.0.0.1:8080";

    private AlertEmails() {
    }

    public static void assertAlert(MimeMessage message, String membershipId, String kind, String itemPath,
            String traceparent) throws Exception {
        String text = Mailbox.body(message);
        // Mustache escapes '=' too; a mail client shows and follows the link unescaped.
        String html = Mailbox.html(message).replace("&#x3D;", "=").replace("&amp;", "&");
        assertThat(text).contains("Open it: " + BASE + itemPath, "You are receiving this because ");
        assertThat(html).contains("href=\"" + BASE + itemPath + "\"", "You are receiving this because ");
        assertThat(Mailbox.header(message, "Auto-Submitted")).isEqualTo("auto-generated");
        assertThat(Mailbox.header(message, "List-Unsubscribe-Post")).isEqualTo("List-Unsubscribe=One-Click");
        String unsubscribe = Mailbox.unsubscribeLink(message);
        assertThat(unsubscribe).startsWith(BASE + "/api/v1/open/preferences/" + membershipId + "/" + kind + "?expires=")
            .contains("&signature=");
        assertThat(text).contains(unsubscribe);
        assertThat(html).contains("href=\"" + unsubscribe + "\"");
        assertThat(Mailbox.header(message, "X-Trace-Parent"))
            .matches("00-" + traceparent.substring(3, 35) + "-[0-9a-f]{16}-01")
            .isNotEqualTo(traceparent);
    }

}
