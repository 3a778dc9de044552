package org.communitysafety.servicedefaults.outbox;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.AlterConfigOp;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import org.communitysafety.servicedefaults.history.Change;
import org.communitysafety.servicedefaults.history.ChangeHistory;
import org.communitysafety.servicedefaults.sample.Ledger;
import org.communitysafety.servicedefaults.sample.SampleApplication;
import org.communitysafety.testkit.ApiClient;
import org.communitysafety.testkit.EventContracts;
import org.communitysafety.testkit.PlatformInfrastructure;
import org.communitysafety.testkit.TestTokens;
import org.communitysafety.testkit.TopicReader;
import org.communitysafety.testkit.WithPlatformInfrastructure;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * An event the broker refuses for good (here: larger than the topic's
 * {@code max.message.bytes}) is parked with its reason after a bounded number of tries,
 * without holding up other aggregates; its own aggregate's later events wait behind it;
 * an operator replays it once the cause is fixed.
 */
@SpringBootTest(classes = SampleApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@WithPlatformInfrastructure
class ParkedEventsTests {

    private static final String PATH = "/api/v1/operations/parked-events";

    private static final String TOPIC = "sample.events";

    @LocalServerPort
    int port;

    @Autowired
    AggregateStore store;

    @Autowired
    ChangeHistory history;

    @Test
    void parksAnEventTheBrokerRefusesForGoodWhileOtherAggregatesFlowAndPublishesItWhenReplayedOnceCured()
            throws Exception {
        ApiClient administrator = client("ADMINISTRATOR");
        String oversizedId = UUID.randomUUID().toString();
        Ledger small;
        Ledger other;
        limitTopicMessagesTo("4096");
        try {
            Ledger oversized = new Ledger(oversizedId);
            Ledger stored = store.insert(oversized, List.of(oversized.add("oversized " + "x".repeat(20_000))));
            small = new Ledger(UUID.randomUUID().toString());
            store.insert(small, List.of(small.add("small")));
            other = new Ledger(UUID.randomUUID().toString());
            store.insert(other, List.of(other.add("another small one")));

            JsonNode parked = await().atMost(Duration.ofSeconds(30))
                .until(() -> parkedEventOf(administrator, oversizedId), event -> event != null);
            assertThat(parked.get("reason").asString()).startsWith("RecordTooLargeException");
            assertThat(parked.get("attempts").asInt()).isEqualTo(3);
            assertThat(parked.get("type").asString()).isEqualTo("org.communitysafety.sample.ledger-entry-added.v1");
            assertThat(publishedKeys(List.of(small.id(), other.id()))).contains(small.id(), other.id());

            Ledger later = store.update(stored, List.of(stored.add("behind the parked one")));
            // Written after the later event: once this is published, the relay has been
            // past the parked aggregate at least once since.
            Ledger next = new Ledger(UUID.randomUUID().toString());
            store.insert(next, List.of(next.add("written after")));
            await().atMost(Duration.ofSeconds(10))
                .until(() -> history.of("ledgers", next.id()).stream().allMatch(Change::published));
            assertThat(history.of("ledgers", later.id())).hasSize(2).noneMatch(Change::published);
        }
        finally {
            limitTopicMessagesTo(null);
        }

        String eventId = parkedEventOf(administrator, oversizedId).get("eventId").asString();
        assertThat(administrator.post(PATH + "/" + eventId + "/replay", "").status()).isEqualTo(202);

        assertThat(entriesPublishedFor(oversizedId, 2)).containsExactly(1, 2);
        await().atMost(Duration.ofSeconds(10)).until(() -> parkedEventOf(administrator, oversizedId) == null);
        assertThat(administrator.post(PATH + "/" + eventId + "/replay", "").status()).isEqualTo(404);
    }

    @Test
    void letsOnlyAdministratorsSeeOrReplayParkedEvents() {
        ApiClient agency = client("AGENCY");

        assertThat(agency.get(PATH).status()).isEqualTo(403);
        assertThat(agency.post(PATH + "/" + UUID.randomUUID() + "/replay", "").status()).isEqualTo(403);
        assertThat(ApiClient.at("http://127.0.0.1:" + port).get(PATH).status()).isEqualTo(401);
    }

    private ApiClient client(String role) {
        return ApiClient.at("http://127.0.0.1:" + port)
            .withToken(TestTokens.shared().forOrganisation("northamptonshire-county-council", role));
    }

    private static JsonNode parkedEventOf(ApiClient administrator, String ledgerId) {
        return administrator.get(PATH)
            .json()
            .valueStream()
            .filter(event -> event.get("subject").asString().equals("ledgers/" + ledgerId))
            .findFirst()
            .orElse(null);
    }

    /** Sets the topic's largest record; null goes back to the broker's default. */
    private static void limitTopicMessagesTo(String bytes) throws Exception {
        ConfigResource topic = new ConfigResource(ConfigResource.Type.TOPIC, TOPIC);
        ConfigEntry entry = new ConfigEntry(TopicConfig.MAX_MESSAGE_BYTES_CONFIG, bytes == null ? "" : bytes);
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                PlatformInfrastructure.shared().kafkaBootstrapServers()))) {
            admin
                .incrementalAlterConfigs(Map.of(topic,
                        List.of(new AlterConfigOp(entry,
                                bytes == null ? AlterConfigOp.OpType.DELETE : AlterConfigOp.OpType.SET))))
                .all()
                .get(10, TimeUnit.SECONDS);
            await().atMost(Duration.ofSeconds(10)).until(() -> {
                ConfigEntry now = admin.describeConfigs(List.of(topic))
                    .all()
                    .get(10, TimeUnit.SECONDS)
                    .get(topic)
                    .get(TopicConfig.MAX_MESSAGE_BYTES_CONFIG);
                return bytes == null ? now.isDefault() : bytes.equals(now.value());
            });
        }
    }

    private static List<String> publishedKeys(List<String> expected) {
        try (TopicReader reader = new TopicReader(PlatformInfrastructure.shared().kafkaBootstrapServers(), TOPIC)) {
            return reader
                .readUntil(
                        read -> expected.stream()
                            .allMatch(id -> read.stream().anyMatch(record -> id.equals(record.key()))),
                        Duration.ofSeconds(30))
                .stream()
                .map(ConsumerRecord::key)
                .toList();
        }
    }

    private static List<Integer> entriesPublishedFor(String ledgerId, int expected) {
        try (TopicReader reader = new TopicReader(PlatformInfrastructure.shared().kafkaBootstrapServers(), TOPIC)) {
            return reader
                .readUntil(read -> read.stream().filter(record -> ledgerId.equals(record.key())).count() >= expected,
                        Duration.ofSeconds(30))
                .stream()
                .filter(record -> ledgerId.equals(record.key()))
                .map(record -> EventContracts.json(record.value()).get("data").get("entry").asInt())
                .toList();
        }
    }

}
