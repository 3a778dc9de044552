package org.communitysafety.notification.delivery;

import java.nio.charset.StandardCharsets;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.micrometer.tracing.Span;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.internet.MimeUtility;
import org.communitysafety.servicedefaults.tracing.Traces;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * Turns deliveries into emails (plain text, or plain text and HTML as alternatives) and
 * hands them to the SMTP server, several over one connection (kept open between sends by
 * {@link KeptSmtpConnections}). Each email's SMTP send is a span in its delivery's trace,
 * and the email carries that trace in a header.
 */
@Component
class Mailer {

    /**
     * The W3C trace context of the email's SMTP send, in the trace of the request that
     * caused it, carried as a mail header: operators follow one request from the gateway
     * to this email by its trace id.
     */
    static final String TRACE_HEADER = "X-Trace-Parent";

    static final String SMTP_SEND = "smtp send";

    private final JavaMailSender sender;

    private final InternetAddress from;

    private final String messageIdDomain;

    private final Traces traces;

    Mailer(JavaMailSender sender, @Value("${platform.mail.from}") String from, Traces traces) {
        this.sender = sender;
        this.traces = traces;
        try {
            this.from = new InternetAddress(from, true);
            this.messageIdDomain = this.from.getAddress().substring(this.from.getAddress().indexOf('@') + 1);
        }
        catch (AddressException ex) {
            throw new IllegalArgumentException("platform.mail.from is not an email address: " + from, ex);
        }
    }

    /**
     * Sends the deliveries' emails over one connection to the SMTP server (opened once,
     * used for each in turn), and says how each went: a server that refuses one email
     * does not fail the others. Each Message-ID is derived from the delivery id, so that
     * if an attempt is repeated after its replica died (having perhaps sent it already)
     * the two copies are recognisably one email.
     * @param attempts each delivery's attempt span, by delivery id: its SMTP send is a
     * child of it
     * @return each delivery's outcome, by delivery id
     */
    Map<String, Outcome> sendAll(List<Delivery> deliveries, Map<String, Span> attempts) {
        Map<String, Outcome> outcomes = new LinkedHashMap<>();
        Map<MimeMessage, Delivery> written = new IdentityHashMap<>();
        Map<MimeMessage, Span> sends = new IdentityHashMap<>();
        try {
            for (Delivery delivery : deliveries) {
                Span send = traces.childOf(attempts.get(delivery.id()), SMTP_SEND).tag("delivery.id", delivery.id());
                try {
                    MimeMessage message = write(delivery, traces.traceparentOf(send));
                    written.put(message, delivery);
                    sends.put(message, send);
                }
                catch (MailPreparationException ex) {
                    outcomes.put(delivery.id(), new Outcome(null, ex));
                    send.error(ex).end();
                }
            }
            if (!written.isEmpty()) {
                send(written, outcomes, sends);
            }
            return outcomes;
        }
        finally {
            sends.values().forEach(Span::end);
        }
    }

    private void send(Map<MimeMessage, Delivery> written, Map<String, Outcome> outcomes, Map<MimeMessage, Span> sends) {
        Map<Object, Exception> failed = Map.of();
        RuntimeException whole = null;
        try {
            sender.send(written.keySet().toArray(MimeMessage[]::new));
        }
        catch (MailSendException ex) {
            failed = ex.getFailedMessages();
            whole = failed.isEmpty() ? ex : null;
        }
        catch (MailException ex) {
            whole = ex;
        }
        for (Map.Entry<MimeMessage, Delivery> message : written.entrySet()) {
            Exception error = whole != null ? whole : failed.get(message.getKey());
            outcomes.put(message.getValue().id(),
                    new Outcome(error == null ? messageIdOf(message.getValue()) : null, error));
            if (error != null) {
                sends.get(message.getKey()).error(error);
            }
        }
    }

    /**
     * Closes the SMTP connections kept open that have been idle for a while (when the
     * sender keeps any).
     */
    void closeIdleConnections() {
        if (sender instanceof KeptSmtpConnections kept) {
            kept.closeIdle();
        }
    }

    /**
     * How one email went: sent with its Message-ID, or refused with the error.
     *
     * @param messageId the Message-ID it was sent with; none if it was not
     * @param error why it was not sent
     */
    record Outcome(String messageId, Exception error) {
    }

    private String messageIdOf(Delivery delivery) {
        return "<" + delivery.id() + "@" + messageIdDomain + ">";
    }

    private MimeMessage write(Delivery delivery, String traceparent) {
        MimeMessage message = sender.createMimeMessage();
        try {
            MimeMessageHelper email = new MimeMessageHelper(message, StandardCharsets.UTF_8.name());
            email.setFrom(from);
            email.setTo(delivery.alert().recipient());
            email.setSubject(singleLine(delivery.alert().subject()));
            if (delivery.alert().html() == null) {
                email.setText(delivery.alert().body(), false);
            }
            else {
                message.setContent(alternatives(delivery.alert()));
            }
            for (Map.Entry<String, String> header : delivery.alert().headers().entrySet()) {
                message.setHeader(header.getKey(),
                        MimeUtility.fold(header.getKey().length() + 2, singleLine(header.getValue())));
            }
            message.setHeader("Message-ID", messageIdOf(delivery));
            if (traceparent != null) {
                message.setHeader(TRACE_HEADER, traceparent);
            }
            return message;
        }
        catch (MessagingException ex) {
            throw new MailPreparationException("Cannot write the email of delivery " + delivery.id(), ex);
        }
    }

    /** The plain text first: a reader shows the last alternative it can display. */
    private static MimeMultipart alternatives(Alert alert) throws MessagingException {
        MimeBodyPart text = new MimeBodyPart();
        text.setText(alert.body(), StandardCharsets.UTF_8.name(), "plain");
        MimeBodyPart html = new MimeBodyPart();
        html.setText(alert.html(), StandardCharsets.UTF_8.name(), "html");
        return new MimeMultipart("alternative", text, html);
    }

    /**
     * A header value on one line: Jakarta Mail writes CR and LF in a header as they are,
     * which would let text from elsewhere (a group's name in a subject) add headers of
     * its own.
     */
    static String singleLine(String value) {
        return value == null ? null : value.replaceAll("[\\r\\n\\t\\x00-\\x1F\\x7F]+", " ").strip();
    }

}
