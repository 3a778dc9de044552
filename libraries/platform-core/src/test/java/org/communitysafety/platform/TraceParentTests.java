package org.communitysafety.platform;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class TraceParentTests {

    @Test
    void readsAVersionZeroTraceparent() {
        TraceParent context = TraceParent.parse("00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01")
            .orElseThrow();

        assertThat(context.traceId()).isEqualTo("4bf92f3577b34da6a3ce929d0e0e4736");
        assertThat(context.parentId()).isEqualTo("00f067aa0ba902b7");
        assertThat(context.flags()).isEqualTo("01");
        assertThat(context.traceparent()).isEqualTo("00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01");
    }

    @Test
    void readsTheKnownFieldsOfALaterVersion() {
        assertThat(TraceParent.parse("cc-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01-what-comes-next"))
            .hasValueSatisfying(context -> assertThat(context.traceId()).isEqualTo("4bf92f3577b34da6a3ce929d0e0e4736"));
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = { "", "00-4BF92F3577B34DA6A3CE929D0E0E4736-00f067aa0ba902b7-01",
            "00-00000000000000000000000000000000-00f067aa0ba902b7-01",
            "00-4bf92f3577b34da6a3ce929d0e0e4736-0000000000000000-01",
            "ff-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01",
            "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01-extra",
            "00-4bf92f3577b34da6a3ce929d0e0e473-00f067aa0ba902b7-01", "not a trace context" })
    void rejectsWhatTheSpecificationRejects(String traceparent) {
        assertThat(TraceParent.parse(traceparent)).isEmpty();
    }

    @Test
    void startsNewSampledTracesWithDistinctValidIds() {
        TraceParent first = TraceParent.start();
        TraceParent second = TraceParent.start();

        assertThat(TraceParent.parse(first.traceparent())).contains(first);
        assertThat(first.flags()).isEqualTo("01");
        assertThat(first.traceId()).isNotEqualTo(second.traceId());
    }

}
