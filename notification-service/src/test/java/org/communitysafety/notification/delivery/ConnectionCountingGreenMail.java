package org.communitysafety.notification.delivery;

import java.net.Socket;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import com.icegreen.greenmail.Managers;
import com.icegreen.greenmail.server.AbstractServer;
import com.icegreen.greenmail.server.ProtocolHandler;
import com.icegreen.greenmail.smtp.SmtpServer;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

/**
 * The real SMTP server, counting the connections it accepts: how many connections the
 * senders opened, seen from the server's side rather than the sender's.
 */
final class ConnectionCountingGreenMail extends GreenMail {

    private final AtomicInteger accepted;

    ConnectionCountingGreenMail(ServerSetup setup, AtomicInteger accepted) {
        super(setup);
        this.accepted = accepted;
    }

    @Override
    protected Map<String, AbstractServer> createServices(ServerSetup[] config, Managers managers) {
        Map<String, AbstractServer> services = super.createServices(config, managers);
        services.replaceAll((protocol, server) -> server instanceof SmtpServer
                ? new CountingSmtpServer(server.getServerSetup(), managers, accepted) : server);
        return services;
    }

    private static final class CountingSmtpServer extends SmtpServer {

        private final AtomicInteger accepted;

        CountingSmtpServer(ServerSetup setup, Managers managers, AtomicInteger accepted) {
            super(setup, managers);
            this.accepted = accepted;
        }

        @Override
        protected ProtocolHandler createProtocolHandler(Socket clientSocket) {
            accepted.incrementAndGet();
            return super.createProtocolHandler(clientSocket);
        }

    }

}
