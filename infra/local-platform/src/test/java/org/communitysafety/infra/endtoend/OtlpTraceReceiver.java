package org.communitysafety.infra.endtoend;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.opentelemetry.proto.collector.trace.v1.ExportTraceServiceRequest;
import io.opentelemetry.proto.collector.trace.v1.ExportTraceServiceResponse;
import io.opentelemetry.proto.common.v1.KeyValue;
import io.opentelemetry.proto.trace.v1.ResourceSpans;
import io.opentelemetry.proto.trace.v1.ScopeSpans;
import io.opentelemetry.proto.trace.v1.Span;

/**
 * A trace collector as small as it can be: takes what the platform's processes export
 * over OTLP/HTTP (protobuf {@code ExportTraceServiceRequest}s posted to
 * {@code /v1/traces}) and keeps every span, with the service that exported it, for the
 * end-to-end suite to read.
 */
final class OtlpTraceReceiver {

    private final HttpServer server;

    private final List<ReceivedSpan> spans = new CopyOnWriteArrayList<>();

    private OtlpTraceReceiver(HttpServer server) {
        this.server = server;
    }

    static OtlpTraceReceiver start() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            OtlpTraceReceiver receiver = new OtlpTraceReceiver(server);
            server.createContext("/v1/traces", receiver::receive);
            server.start();
            return receiver;
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    /** Where the platform's processes export their spans. */
    String endpoint() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/v1/traces";
    }

    /** Every span of the trace received so far. */
    List<ReceivedSpan> trace(String traceId) {
        return spans.stream().filter(span -> span.traceId().equals(traceId)).toList();
    }

    void stop() {
        server.stop(0);
    }

    private void receive(HttpExchange exchange) throws IOException {
        try (exchange; InputStream body = exchange.getRequestBody()) {
            ExportTraceServiceRequest request = ExportTraceServiceRequest.parseFrom(body);
            for (ResourceSpans resource : request.getResourceSpansList()) {
                String service = resource.getResource()
                    .getAttributesList()
                    .stream()
                    .filter(attribute -> attribute.getKey().equals("service.name"))
                    .map(KeyValue::getValue)
                    .map(value -> value.getStringValue())
                    .findFirst()
                    .orElse("unknown");
                for (ScopeSpans scope : resource.getScopeSpansList()) {
                    scope.getSpansList().forEach(span -> spans.add(ReceivedSpan.of(service, span)));
                }
            }
            byte[] answer = ExportTraceServiceResponse.getDefaultInstance().toByteArray();
            exchange.getResponseHeaders().set("Content-Type", "application/x-protobuf");
            exchange.sendResponseHeaders(200, answer.length == 0 ? -1 : answer.length);
            if (answer.length > 0) {
                exchange.getResponseBody().write(answer);
            }
        }
    }

    /**
     * One span as a collector sees it.
     *
     * @param parentSpanId empty for the root of a trace
     */
    record ReceivedSpan(String service, String traceId, String spanId, String parentSpanId, String name,
            Span.SpanKind kind) {

        static ReceivedSpan of(String service, Span span) {
            HexFormat hex = HexFormat.of();
            return new ReceivedSpan(service, hex.formatHex(span.getTraceId().toByteArray()),
                    hex.formatHex(span.getSpanId().toByteArray()), hex.formatHex(span.getParentSpanId().toByteArray()),
                    span.getName(), span.getKind());
        }

        boolean isRoot() {
            return parentSpanId.isEmpty();
        }

        @Override
        public String toString() {
            return service + " " + kind + " '" + name + "' " + spanId + " <- " + parentSpanId;
        }

    }

}
