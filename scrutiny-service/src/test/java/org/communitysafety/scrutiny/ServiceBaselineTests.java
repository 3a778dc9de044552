package org.communitysafety.scrutiny;

import org.communitysafety.testkit.ServiceBaseline;
import org.communitysafety.testkit.WithPlatformInfrastructure;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@WithPlatformInfrastructure
class ServiceBaselineTests {

    @LocalServerPort
    int port;

    @Test
    void isHealthyRefusesAnonymousCallersAndAnswersUnknownRoutesWithProblems() {
        ServiceBaseline.check("http://127.0.0.1:" + port, "/api/v1/committees");
    }

}
