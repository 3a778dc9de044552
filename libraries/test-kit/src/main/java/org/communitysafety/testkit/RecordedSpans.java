package org.communitysafety.testkit;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import io.opentelemetry.sdk.common.CompletableResultCode;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SpanExporter;

/**
 * The spans a service under test exported, kept in memory instead of sent over OTLP: Boot
 * exports to every {@link SpanExporter} bean, and {@link WithPlatformInfrastructure}
 * gives each test context one of these.
 */
public class RecordedSpans implements SpanExporter {

    private final InMemorySpanExporter spans = InMemorySpanExporter.create();

    /** Every finished span, in the order they were exported. */
    public List<SpanData> all() {
        return spans.getFinishedSpanItems();
    }

    /** Every finished span of the trace, in the order they were exported. */
    public List<SpanData> ofTrace(String traceId) {
        return spans.getFinishedSpanItems().stream().filter(span -> span.getTraceId().equals(traceId)).toList();
    }

    /** The first exported span of the trace with this name, if it has one yet. */
    public Optional<SpanData> named(String traceId, String name) {
        return ofTrace(traceId).stream().filter(span -> span.getName().equals(name)).findFirst();
    }

    /** The span of the trace with this id, if it has been exported yet. */
    public Optional<SpanData> withId(String traceId, String spanId) {
        return ofTrace(traceId).stream().filter(span -> span.getSpanId().equals(spanId)).findFirst();
    }

    @Override
    public CompletableResultCode export(Collection<SpanData> finished) {
        return spans.export(finished);
    }

    @Override
    public CompletableResultCode flush() {
        return spans.flush();
    }

    @Override
    public CompletableResultCode shutdown() {
        // The context may be cached and reused by a later test class; keep recording.
        return CompletableResultCode.ofSuccess();
    }

}
