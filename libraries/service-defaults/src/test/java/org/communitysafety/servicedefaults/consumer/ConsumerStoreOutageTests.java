package org.communitysafety.servicedefaults.consumer;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.communitysafety.localinfrastructure.MongoWireServer;
import org.communitysafety.servicedefaults.caller.Caller;
import org.communitysafety.servicedefaults.events.CloudEvents;
import org.communitysafety.servicedefaults.sample.LedgerEntryAdded;
import org.communitysafety.servicedefaults.sample.LedgerListener;
import org.communitysafety.servicedefaults.sample.SampleApplication;
import org.communitysafety.testkit.PlatformInfrastructure;
import org.communitysafety.testkit.TestTokens;
import org.communitysafety.testkit.TopicReader;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Events that arrive while the consumer's own store cannot be reached are neither lost
 * nor dead-lettered nor handled twice: the handler cannot record its effect, so the
 * event's offset is not committed and it is retried for as long as the outage lasts, far
 * beyond the retries a failing handler gets (one here); once the store returns each is
 * handled once and its effect recorded. The store is the test's own, so stopping it
 * disturbs no other test; the consumer group is its own, so it sees every event.
 */
@SpringBootTest(classes = SampleApplication.class)
class ConsumerStoreOutageTests {

    private static final MongoWireServer store = MongoWireServer.inMemory().start();

    private static final String TOPIC = "sample.events";

    /**
     * Long enough for a failing handler to use up its retries several times over (one
     * retry, each attempt waiting a second for the store).
     */
    private static final Duration OUTAGE = Duration.ofSeconds(8);

    @Autowired
    LedgerListener listener;

    @Autowired
    CloudEvents cloudEvents;

    @Autowired
    KafkaTemplate<String, String> kafka;

    @Autowired
    MongoTemplate mongo;

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        PlatformInfrastructure infrastructure = PlatformInfrastructure.shared();
        registry.add("spring.mongodb.uri", () -> store.connectionString("sample"));
        registry.add("spring.kafka.bootstrap-servers", infrastructure::kafkaBootstrapServers);
        registry.add("spring.kafka.consumer.group-id", () -> "sample-store-outage-" + UUID.randomUUID());
        registry.add("spring.kafka.consumer.auto-offset-reset", () -> "latest");
        registry.add("platform.security.jwk-set-uri", () -> TestTokens.shared().jwkSetUri());
        registry.add("platform.security.issuer", () -> TestTokens.shared().issuer());
    }

    @AfterAll
    static void stopStore() {
        store.close();
    }

    @Test
    void handlesEveryEventThatArrivedDuringAStoreOutageOnceWhenItReturnsAndDeadLettersNone() throws Exception {
        String probe = "probe " + UUID.randomUUID();
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).until(() -> {
            publish(probe);
            return listener.handledNotes().contains(probe);
        });

        List<String> duringOutage = new ArrayList<>();
        store.close();
        try {
            for (int i = 0; i < 5; i++) {
                String note = "during the outage " + i + " " + UUID.randomUUID();
                duringOutage.add(note);
                publish(note);
            }
            Thread.sleep(OUTAGE.toMillis());
            assertThat(listener.handledNotes()).as("nothing is handled without the store")
                .doesNotContainAnyElementsOf(duringOutage);
        }
        finally {
            store.start();
        }

        await().atMost(Duration.ofSeconds(60)).until(() -> listener.handledNotes().containsAll(duringOutage));
        for (String note : duringOutage) {
            assertThat(Collections.frequency(listener.handledNotes(), note)).as(note).isEqualTo(1);
        }
        assertThat(mongo.count(Query.query(Criteria.where("_id").regex("^ledger-listener/")), InboundEvents.PROCESSED))
            .as("each handled event is remembered as handled in the store")
            .isGreaterThanOrEqualTo(duringOutage.size());
        List<ConsumerRecord<String, String>> deadLetters = TopicReader
            .everything(PlatformInfrastructure.shared().kafkaBootstrapServers(), TOPIC + ".sample.dlt");
        assertThat(deadLetters).noneMatch(letter -> duringOutage.stream().anyMatch(letter.value()::contains));
    }

    private void publish(String note) throws Exception {
        String ledger = UUID.randomUUID().toString();
        String value = cloudEvents.write(cloudEvents.wrap(new LedgerEntryAdded(ledger, 1, note), "ledgers/" + ledger,
                ledger, new Caller("northamptonshire-police", "police-client"), null));
        kafka.send(TOPIC, ledger, value).get();
    }

}
