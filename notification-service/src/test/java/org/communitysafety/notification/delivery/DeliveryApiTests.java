package org.communitysafety.notification.delivery;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.communitysafety.servicedefaults.outbox.AggregateStore;
import org.communitysafety.testkit.ApiClient;
import org.communitysafety.testkit.TestTokens;
import org.communitysafety.notification.NotificationServiceTest;
import org.communitysafety.notification.PartnershipTopic;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@NotificationServiceTest
class DeliveryApiTests {

    private static final String COUNTY = "northamptonshire-county-council";

    @LocalServerPort
    int port;

    @Autowired
    Deliveries deliveries;

    @Autowired
    AggregateStore store;

    @Autowired
    DeliveryPolicy policy;

    private ApiClient anonymous;

    private ApiClient administrator;

    @BeforeEach
    void setUp() {
        anonymous = ApiClient.at("http://127.0.0.1:" + port);
        administrator = anonymous.withToken(TestTokens.shared().forOrganisation(COUNTY, "ADMINISTRATOR"));
    }

    @Test
    void letsAnAdministratorReadTheLogFilteredByRecipientAndState() {
        String recipient = PartnershipTopic.uniqueEmail();
        Delivery queued = deliveries.queue(alertTo(recipient.toUpperCase()));
        await().atMost(Duration.ofSeconds(10)).until(() -> deliveries.get(queued.id()).state() == DeliveryState.SENT);

        JsonNode sent = administrator.get("/api/v1/deliveries?state=SENT&recipient=" + recipient).json();
        JsonNode failed = administrator.get("/api/v1/deliveries?state=FAILED&recipient=" + recipient).json();
        ApiClient.Response one = administrator.get("/api/v1/deliveries/" + queued.id());

        assertThat(sent.get("totalItems").asLong()).isEqualTo(1);
        assertThat(sent.get("items").get(0).get("id").asString()).isEqualTo(queued.id());
        assertThat(sent.get("items").get(0).has("body")).as("the log shows no email text").isFalse();
        assertThat(failed.get("totalItems").asLong()).isZero();
        assertThat(one.status()).isEqualTo(200);
        assertThat(one.json().get("recipient").asString()).isEqualTo(recipient);
        assertThat(one.header("ETag")).contains("\"" + one.json().get("version").asLong() + "\"");
        assertThat(administrator.get("/api/v1/deliveries/" + queued.id() + "/history").json())
            .extracting(change -> change.get("type").asString())
            .containsExactly("org.communitysafety.notification.alert-queued.v1",
                    "org.communitysafety.notification.alert-attempt-started.v1",
                    "org.communitysafety.notification.alert-sent.v1");
    }

    @Test
    void answersAnUnknownDeliveryStateOrSortWithProblems() {
        ApiClient.Response unknown = administrator.get("/api/v1/deliveries/" + UUID.randomUUID());
        ApiClient.Response badState = administrator.get("/api/v1/deliveries?state=LOST");
        ApiClient.Response badSort = administrator.get("/api/v1/deliveries?sort=$where");

        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.isProblem()).isTrue();
        assertThat(badState.status()).isEqualTo(400);
        assertThat(badState.json().get("detail").asString()).contains("state");
        assertThat(badSort.status()).isEqualTo(400);
        assertThat(badSort.isProblem()).isTrue();
        assertThat(badSort.json().get("detail").asString()).contains("sorted by queuedAt");
    }

    @Test
    void refusesTheLogToAnAgencyAGroupManagerAndACallerWithoutAValidToken() {
        Delivery queued = deliveries.queue(alertTo(PartnershipTopic.uniqueEmail()));
        ApiClient agency = anonymous
            .withToken(TestTokens.shared().forOrganisation("northamptonshire-police", "AGENCY"));
        ApiClient groupManager = anonymous
            .withToken(TestTokens.shared().forOrganisation("corby-borough-council", "GROUP_MANAGER", "AGENCY"));

        for (String path : new String[] { "/api/v1/deliveries", "/api/v1/deliveries/" + queued.id(),
                "/api/v1/deliveries/" + queued.id() + "/history" }) {
            assertThat(groupManager.get(path).status()).as(path).isEqualTo(403);
            ApiClient.Response forbidden = agency.get(path);
            ApiClient.Response unauthenticated = anonymous.get(path);
            assertThat(forbidden.status()).as(path).isEqualTo(403);
            assertThat(forbidden.isProblem()).as(path).isTrue();
            assertThat(forbidden.body()).doesNotContain("@police.example");
            assertThat(unauthenticated.status()).as(path).isEqualTo(401);
            assertThat(unauthenticated.isProblem()).as(path).isTrue();
        }
        assertThat(anonymous.withToken(TestTokens.shared().expiredFor(COUNTY, "ADMINISTRATOR"))
            .get("/api/v1/deliveries")
            .status()).isEqualTo(401);
    }

    private static Alert alertTo(String recipient) {
        String membershipId = UUID.randomUUID().toString();
        return new Alert("APPOINTMENT", UUID.randomUUID().toString(), "memberships/" + membershipId, membershipId,
                recipient, "You have been appointed to Test CSP", "Dear Test,\n", null);
    }

    @Test
    void letsOnlyAnAdministratorRetryTheFailedDeliveries() {
        ApiClient manager = anonymous.withToken(TestTokens.shared().forOrganisation(COUNTY, "GROUP_MANAGER"));

        Delivery failed = PendingDeliveries.failed(store, policy, alertTo(PartnershipTopic.uniqueEmail()),
                Instant.now());

        ApiClient.Response refused = manager.post("/api/v1/deliveries/retries", Map.of());
        assertThat(deliveries.get(failed.id()).state()).isEqualTo(DeliveryState.FAILED);
        ApiClient.Response retried = administrator.post("/api/v1/deliveries/retries", Map.of());

        assertThat(retried.status()).as(retried.toString()).isEqualTo(200);
        assertThat(retried.json().get("retried").asInt()).isPositive();
        await().atMost(Duration.ofSeconds(10)).until(() -> deliveries.get(failed.id()).state() == DeliveryState.SENT);
        assertThat(deliveries.get(failed.id()).lastError()).isNull();
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.isProblem()).isTrue();
        assertThat(anonymous.post("/api/v1/deliveries/retries", Map.of()).status()).isEqualTo(401);
    }

}
