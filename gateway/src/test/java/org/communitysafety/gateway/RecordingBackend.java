package org.communitysafety.gateway;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A real HTTP server standing in for one of the platform's services: it records every
 * request it receives and answers 200 with a small JSON body, unless told to answer
 * otherwise. It can be stopped and started again on the same port, as a service is during
 * an outage.
 */
final class RecordingBackend {

    /** What the backend received. Header names are case-insensitive, as in HTTP. */
    record ReceivedRequest(String method, String path, Headers headers, byte[] body) {

        String header(String name) {
            return headers.getFirst(name);
        }
    }

    private record Reply(int status, String contentType, String body, CountDownLatch release) {
    }

    private final String service;

    private final int port;

    private final List<ReceivedRequest> received = new CopyOnWriteArrayList<>();

    private final Queue<Reply> scripted = new ConcurrentLinkedQueue<>();

    private final List<CountDownLatch> holds = new CopyOnWriteArrayList<>();

    private final ExecutorService executor = Executors.newCachedThreadPool();

    private volatile HttpServer server;

    private RecordingBackend(String service, HttpServer server) {
        this.service = service;
        this.server = server;
        this.port = server.getAddress().getPort();
    }

    static RecordingBackend start(String service) {
        HttpServer server = bind(0);
        RecordingBackend backend = new RecordingBackend(service, server);
        backend.serve(server);
        return backend;
    }

    String service() {
        return service;
    }

    String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    /**
     * The next request gets this answer instead of the usual 200; answers queue up in
     * order.
     */
    void replyNext(int status, String contentType, String body) {
        scripted.add(new Reply(status, contentType, body, null));
    }

    /**
     * The next request gets no answer until {@link #releaseHeldReplies()}: a service that
     * hangs.
     */
    void holdNextReply() {
        CountDownLatch hold = new CountDownLatch(1);
        holds.add(hold);
        scripted.add(new Reply(200, "application/json", "{}", hold));
    }

    void releaseHeldReplies() {
        holds.forEach(CountDownLatch::countDown);
        holds.clear();
    }

    List<ReceivedRequest> received() {
        return List.copyOf(received);
    }

    ReceivedRequest lastRequest() {
        return received.get(received.size() - 1);
    }

    boolean isRunning() {
        return server != null;
    }

    /** Closes the port: connections to it are refused until {@link #restart()}. */
    synchronized void stop() {
        if (server != null) {
            server.stop(0);
            server = null;
        }
    }

    /** Opens the same port again. */
    synchronized void restart() {
        if (server == null) {
            HttpServer restarted = bind(port);
            serve(restarted);
            server = restarted;
        }
    }

    /**
     * Back to a running server with nothing recorded and nothing scripted, for the next
     * test.
     */
    void reset() {
        releaseHeldReplies();
        scripted.clear();
        received.clear();
        restart();
    }

    private void serve(HttpServer server) {
        server.setExecutor(executor);
        server.createContext("/", this::handle);
        server.start();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange; InputStream body = exchange.getRequestBody()) {
            received.add(new ReceivedRequest(exchange.getRequestMethod(), exchange.getRequestURI().getRawPath(),
                    copy(exchange.getRequestHeaders()), body.readAllBytes()));
            Reply reply = scripted.poll();
            if (reply == null) {
                reply = new Reply(200, "application/json", "{\"service\":\"" + service + "\"}", null);
            }
            if (reply.release() != null) {
                awaitRelease(reply.release());
            }
            byte[] bytes = reply.body().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", reply.contentType());
            exchange.sendResponseHeaders(reply.status(), bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        }
    }

    private static void awaitRelease(CountDownLatch release) {
        try {
            release.await(30, TimeUnit.SECONDS);
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static Headers copy(Headers headers) {
        Headers copy = new Headers();
        headers.forEach(copy::put);
        return copy;
    }

    private static HttpServer bind(int port) {
        try {
            return HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

}
