package org.communitysafety.notification;

import org.communitysafety.testkit.ApiClient;
import org.communitysafety.testkit.ApiDocumentChecks;
import org.communitysafety.testkit.PublishedApiDocument;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** What a client generator reads from the service's OpenAPI document. */
@NotificationServiceTest
class ApiDocumentTests {

    @LocalServerPort
    int port;

    private JsonNode document() {
        ApiClient.Response response = ApiClient.at("http://127.0.0.1:" + port).get("/v3/api-docs");
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json();
    }

    @Test
    void publishesExactlyTheDocumentItServes() {
        PublishedApiDocument.of("notification-service").assertIsWhatTheServiceServes(document());
    }

    @Test
    void namesItselfAndEachOperationUniquely() {
        assertThat(ApiDocumentChecks.operationIds(document())).isNotEmpty()
            .doesNotHaveDuplicates()
            .noneMatch(id -> id.matches(".*(_\\d+|\\d)$"));
        assertThat(document().get("info").get("title").asString()).isEqualTo("Notification service API");
    }

}
