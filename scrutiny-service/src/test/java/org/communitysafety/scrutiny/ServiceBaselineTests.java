package org.communitysafety.scrutiny;

import org.communitysafety.testkit.ServiceBaseline;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

@ScrutinyServiceTest
class ServiceBaselineTests {

    @LocalServerPort
    int port;

    @Test
    void isHealthyRefusesAnonymousCallersAndAnswersUnknownRoutesWithProblems() {
        ServiceBaseline.check("http://127.0.0.1:" + port, "/api/v1/committees");
    }

}
