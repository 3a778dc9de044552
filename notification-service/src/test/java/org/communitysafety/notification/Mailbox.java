package org.communitysafety.notification;

import java.io.IOException;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
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

    public List<MimeMessage> to(String address) {
        return Arrays.stream(mail.getReceivedMessages()).filter(message -> isTo(message, address)).toList();
    }

    /** Waits for the first email to the address and returns it. */
    public MimeMessage awaitOneTo(String address) {
        await().atMost(Duration.ofSeconds(30)).until(() -> !to(address).isEmpty());
        return to(address).get(0);
    }

    public static String body(MimeMessage message) {
        try {
            return String.valueOf(message.getContent()).replace("\r\n", "\n");
        }
        catch (IOException | MessagingException ex) {
            throw new IllegalStateException(ex);
        }
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
