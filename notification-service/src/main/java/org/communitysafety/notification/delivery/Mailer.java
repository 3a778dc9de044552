package org.communitysafety.notification.delivery;

import java.nio.charset.StandardCharsets;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/** Turns a delivery into a plain-text email and hands it to the SMTP server. */
@Component
class Mailer {

    /**
     * The W3C trace context of the request that caused the email, carried as a mail
     * header.
     */
    static final String TRACE_HEADER = "X-Trace-Parent";

    private final JavaMailSender sender;

    private final InternetAddress from;

    private final String messageIdDomain;

    Mailer(JavaMailSender sender, @Value("${platform.mail.from}") String from) {
        this.sender = sender;
        try {
            this.from = new InternetAddress(from, true);
            this.messageIdDomain = this.from.getAddress().substring(this.from.getAddress().indexOf('@') + 1);
        }
        catch (AddressException ex) {
            throw new IllegalArgumentException("platform.mail.from is not an email address: " + from, ex);
        }
    }

    /**
     * Sends the delivery's email. Its Message-ID is derived from the delivery id, so that
     * if an attempt is repeated after its replica died (having perhaps sent it already)
     * the two copies are recognisably one email.
     * @return the Message-ID it was sent with
     */
    String send(Delivery delivery) {
        String messageId = "<" + delivery.id() + "@" + messageIdDomain + ">";
        MimeMessage message = sender.createMimeMessage();
        try {
            MimeMessageHelper email = new MimeMessageHelper(message, StandardCharsets.UTF_8.name());
            email.setFrom(from);
            email.setTo(delivery.alert().recipient());
            email.setSubject(delivery.alert().subject());
            email.setText(delivery.alert().body(), false);
            message.setHeader("Message-ID", messageId);
            if (delivery.alert().traceparent() != null) {
                // Operators follow one request from the gateway to this email by its
                // trace id.
                message.setHeader(TRACE_HEADER, delivery.alert().traceparent());
            }
        }
        catch (MessagingException ex) {
            throw new MailPreparationException("Cannot write the email of delivery " + delivery.id(), ex);
        }
        sender.send(message);
        return messageId;
    }

}
