package org.communitysafety.notification.delivery;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

import jakarta.mail.Address;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Transport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * A mail sender that keeps its SMTP connections open between sends, so that the
 * dispatcher's rounds (often one alert each, at a trickle) do not each pay for a new
 * connection and greeting. Each send borrows a connection (one per sender thread at a
 * time, so the pool holds at most as many as the senders that ran at once) and gives it
 * back when done:
 * <ul>
 * <li>an idle connection is checked (NOOP) before it is lent, and a dead one (the server
 * restarted or dropped it) is closed and another opened;</li>
 * <li>a connection whose send failed is closed, never given back;</li>
 * <li>a connection idle for longer than {@code idleTimeout} is closed, when the next send
 * or {@link #closeIdle()} finds it, so the server is not held open for nothing.</li>
 * </ul>
 * Sending itself is {@link JavaMailSenderImpl}'s (Message-ID kept, one failed email not
 * failing the others); only where its connection comes from and goes to changes.
 */
public class KeptSmtpConnections extends JavaMailSenderImpl implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(KeptSmtpConnections.class);

    private final Duration idleTimeout;

    private final Deque<Idle> idle = new ArrayDeque<>();

    public KeptSmtpConnections(Duration idleTimeout) {
        this.idleTimeout = idleTimeout;
    }

    @Override
    protected Transport connectTransport() throws MessagingException {
        closeIdle();
        for (Transport kept = take(); kept != null; kept = take()) {
            if (kept.isConnected()) {
                return new Lent(kept);
            }
            closeQuietly(kept);
        }
        return new Lent(super.connectTransport());
    }

    /** Closes the connections idle for longer than the idle timeout. */
    public void closeIdle() {
        long now = System.nanoTime();
        List<Transport> expired = new ArrayList<>();
        synchronized (idle) {
            while (!idle.isEmpty() && now - idle.peekLast().since() > idleTimeout.toNanos()) {
                expired.add(idle.pollLast().transport());
            }
        }
        expired.forEach(KeptSmtpConnections::closeQuietly);
    }

    /** How many connections are open and waiting to be used. */
    public int idleCount() {
        synchronized (idle) {
            return idle.size();
        }
    }

    @Override
    public void destroy() {
        List<Transport> all = new ArrayList<>();
        synchronized (idle) {
            idle.forEach(kept -> all.add(kept.transport()));
            idle.clear();
        }
        all.forEach(KeptSmtpConnections::closeQuietly);
    }

    /** The most recently used first: the one least likely to have been dropped. */
    private Transport take() {
        synchronized (idle) {
            Idle kept = idle.pollFirst();
            return kept == null ? null : kept.transport();
        }
    }

    private void giveBack(Transport transport) {
        synchronized (idle) {
            idle.addFirst(new Idle(transport, System.nanoTime()));
        }
    }

    private static void closeQuietly(Transport transport) {
        try {
            transport.close();
        }
        catch (MessagingException | RuntimeException ex) {
            log.debug("Closing an SMTP connection failed: {}", ex.getMessage());
        }
    }

    private record Idle(Transport transport, long since) {
    }

    /**
     * A kept connection as one send sees it: closing it gives it back, unless a send over
     * it failed or it was found dead.
     */
    private final class Lent extends Transport {

        private final Transport connection;

        private boolean broken;

        Lent(Transport connection) {
            super(getSession(), null);
            this.connection = connection;
        }

        @Override
        public void sendMessage(Message message, Address[] addresses) throws MessagingException {
            try {
                connection.sendMessage(message, addresses);
            }
            catch (MessagingException | RuntimeException ex) {
                broken = true;
                throw ex;
            }
        }

        @Override
        public boolean isConnected() {
            boolean connected = !broken && connection.isConnected();
            broken = !connected;
            return connected;
        }

        @Override
        public synchronized void close() {
            if (broken) {
                closeQuietly(connection);
            }
            else {
                giveBack(connection);
            }
        }

    }

}
