package org.communitysafety.notification;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.internet.MimeUtility;
import org.communitysafety.testkit.PlatformInfrastructure;

import static org.awaitility.Awaitility.await;

/**
 * What the SMTP server received, one address at a time; each test uses its own addresses.
 */
public final class Mailbox {

    private final GreenMail mail;

    private Mailbox(GreenMail mail) {
        this.mail = mail;
    }

    public static Mailbox shared() {
        return new Mailbox(PlatformInfrastructure.shared().mail());
    }

    public static Mailbox of(GreenMail mail) {
        return new Mailbox(mail);
    }

    /** Every email the server received, in the order it received them. */
    public MimeMessage[] all() {
        return mail.getReceivedMessages();
    }

    public List<MimeMessage> to(String address) {
        return Arrays.stream(mail.getReceivedMessages()).filter(message -> isTo(message, address)).toList();
    }

    /** Waits for the first email to the address and returns it. */
    public MimeMessage awaitOneTo(String address) {
        await().atMost(Duration.ofSeconds(30)).until(() -> !to(address).isEmpty());
        return to(address).get(0);
    }

    /**
     * The plain-text body: the whole content of a plain-text email, or the
     * {@code text/plain} alternative of one with HTML beside it.
     */
    /**
     * Waits for the first email to the address whose subject starts so, and returns it.
     */
    public MimeMessage awaitOneTo(String address, String subjectStart) {
        return await().atMost(Duration.ofSeconds(30))
            .until(() -> to(address).stream()
                .filter(message -> subject(message).startsWith(subjectStart))
                .findFirst()
                .orElse(null), message -> message != null);
    }

    public static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        }
        catch (MessagingException ex) {
            throw new IllegalStateException(ex);
        }
    }

    public static String body(MimeMessage message) {
        try {
            if (message.getContent() instanceof MimeMultipart) {
                return part(message, "text/plain");
            }
            return String.valueOf(message.getContent()).replace("\r\n", "\n");
        }
        catch (IOException | MessagingException ex) {
            throw new IllegalStateException(ex);
        }
    }

    /**
     * The {@code text/html} alternative, as parsed by Jakarta Mail from what was
     * received.
     */
    public static String html(MimeMessage message) {
        return part(message, "text/html");
    }

    /**
     * The one part of this type in the email's {@code multipart/alternative}, parsed from
     * the received MIME.
     */
    public static String part(MimeMessage message, String type) {
        try {
            if (!message.isMimeType("multipart/alternative")) {
                throw new AssertionError("Not multipart/alternative but " + message.getContentType());
            }
            MimeMultipart alternatives = (MimeMultipart) message.getContent();
            List<String> found = new ArrayList<>();
            for (int i = 0; i < alternatives.getCount(); i++) {
                BodyPart part = alternatives.getBodyPart(i);
                if (part.isMimeType(type)) {
                    found.add(String.valueOf(part.getContent()).replace("\r\n", "\n"));
                }
            }
            if (found.size() != 1) {
                throw new AssertionError("Expected one " + type + " part, found " + found.size());
            }
            return found.get(0);
        }
        catch (IOException | MessagingException ex) {
            throw new IllegalStateException(ex);
        }
    }

    /** The one value of a header, or an assertion error if there is not exactly one. */
    public static String header(MimeMessage message, String name) {
        try {
            String[] values = message.getHeader(name);
            if (values == null || values.length != 1) {
                throw new AssertionError("Expected one " + name + " header, found " + Arrays.toString(values));
            }
            return MimeUtility.unfold(values[0]);
        }
        catch (MessagingException ex) {
            throw new IllegalStateException(ex);
        }
    }

    /**
     * The URL in a {@code List-Unsubscribe} header, e.g. {@code <https://...>}.
     */
    public static String unsubscribeLink(MimeMessage message) {
        String value = header(message, "List-Unsubscribe");
        if (!value.startsWith("<") || !value.endsWith(">")) {
            throw new AssertionError("List-Unsubscribe is not one <URL>: " + value);
        }
        return value.substring(1, value.length() - 1);
    }

    private static boolean isTo(MimeMessage message, String address) {
        try {
            return Arrays.stream(message.getAllRecipients())
                .anyMatch(recipient -> recipient.toString().equalsIgnoreCase(address));
        }
        catch (MessagingException ex) {
            throw new IllegalStateException(ex);
        }
    }

}
