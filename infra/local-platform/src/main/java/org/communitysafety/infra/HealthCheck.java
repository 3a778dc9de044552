package org.communitysafety.infra;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;

/**
 * How the launcher knows a process is ready: a port that accepts connections, or an HTTP
 * endpoint answering 200.
 */
public sealed interface HealthCheck permits HealthCheck.PortOpen, HealthCheck.HttpOk, HealthCheck.AllOf {

    boolean passes();

    String description();

    static HealthCheck portOpen(int port) {
        return new PortOpen("127.0.0.1", port);
    }

    static HealthCheck httpOk(String url) {
        return new HttpOk(URI.create(url));
    }

    static HealthCheck allOf(HealthCheck... checks) {
        return new AllOf(List.of(checks));
    }

    record PortOpen(String host, int port) implements HealthCheck {

        @Override
        public boolean passes() {
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress(host, port), 500);
                return true;
            }
            catch (IOException ex) {
                return false;
            }
        }

        @Override
        public String description() {
            return "port " + host + ":" + port + " open";
        }
    }

    record HttpOk(URI uri) implements HealthCheck {

        private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();

        @Override
        public boolean passes() {
            HttpRequest request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(2)).GET().build();
            try {
                return CLIENT.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
            }
            catch (IOException ex) {
                return false;
            }
            catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
                return false;
            }
        }

        @Override
        public String description() {
            return "200 from " + uri;
        }
    }

    record AllOf(List<HealthCheck> checks) implements HealthCheck {

        @Override
        public boolean passes() {
            return checks.stream().allMatch(HealthCheck::passes);
        }

        @Override
        public String description() {
            return checks.stream().map(HealthCheck::description).collect(Collectors.joining(" and "));
        }
    }

}
