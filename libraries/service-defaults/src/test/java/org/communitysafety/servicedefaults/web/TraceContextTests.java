package org.communitysafety.servicedefaults.web;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;

import static org.assertj.core.api.Assertions.assertThat;

class TraceContextTests {

    @AfterEach
    void leave() {
        TraceContext.leave();
    }

    @Test
    void keepsAValidIncomingTraceAndPutsItsIdInTheLogs() {
        TraceContext.enter("00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01");

        assertThat(TraceContext.currentTraceparent())
            .isEqualTo("00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01");
        assertThat(MDC.get("traceId")).isEqualTo("4bf92f3577b34da6a3ce929d0e0e4736");
    }

    @Test
    void startsANewTraceInsteadOfAMalformedOne() {
        TraceContext.enter("00-nonsense\n-injected");

        assertThat(TraceContext.currentTraceparent()).matches("00-[0-9a-f]{32}-[0-9a-f]{16}-01");
    }

}
