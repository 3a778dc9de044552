package org.communitysafety.servicedefaults.outbox;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.communitysafety.testkit.EventContracts;
import org.communitysafety.localinfrastructure.KafkaNode;
import org.communitysafety.testkit.PlatformInfrastructure;
import org.communitysafety.testkit.TopicReader;
import org.communitysafety.testkit.WithPlatformInfrastructure;
import org.communitysafety.servicedefaults.history.Change;
import org.communitysafety.servicedefaults.history.ChangeHistory;
import org.communitysafety.servicedefaults.problem.ConcurrentChange;
import org.communitysafety.servicedefaults.sample.Ledger;
import org.communitysafety.servicedefaults.sample.SampleApplication;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.mongodb.core.MongoTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

@SpringBootTest(classes = SampleApplication.class)
@WithPlatformInfrastructure
class OutboxTests {

    @Autowired
    AggregateStore store;

    @Autowired
    OutboxRelay relay;

    @Autowired
    ChangeHistory history;

    @Autowired
    MongoTemplate mongo;

    @Test
    void publishesEveryEventOfAnAggregateInOrderAndRecordsItsHistory() {
        Ledger ledger = new Ledger(UUID.randomUUID().toString());
        var first = ledger.add("first");
        ledger = store.insert(ledger, List.of(first));
        var second = ledger.add("second");
        var third = ledger.add("third");
        Ledger updated = store.update(ledger, List.of(second, third));

        assertThat(updated.version()).isEqualTo(1L);
        assertThat(entriesPublishedFor(updated.id(), 3)).containsExactly(1, 2, 3);
        await().atMost(Duration.ofSeconds(10))
            .until(() -> history.of("ledgers", updated.id()).stream().allMatch(Change::published));
        assertThat(history.of("ledgers", updated.id())).extracting(change -> change.data().get("note").asString())
            .containsExactly("first", "second", "third");
    }

    @Test
    void refusesAnUpdateBasedOnAStaleReadSoNeitherChangeIsLostSilently() {
        Ledger ledger = new Ledger(UUID.randomUUID().toString());
        store.insert(ledger, List.of(ledger.add("created")));
        Ledger firstReader = mongo.findById(ledger.id(), Ledger.class);
        Ledger secondReader = mongo.findById(ledger.id(), Ledger.class);
        store.update(firstReader, List.of(firstReader.add("first writer")));

        assertThatThrownBy(() -> store.update(secondReader, List.of(secondReader.add("second writer"))))
            .isInstanceOf(ConcurrentChange.class);
        assertThat(mongo.findById(ledger.id(), Ledger.class).note()).isEqualTo("first writer");
    }

    @Test
    void unsetsAFieldTheAggregateCleared() {
        Ledger ledger = new Ledger(UUID.randomUUID().toString());
        ledger = store.insert(ledger, List.of(ledger.add("to be cleared")));
        ledger.clearNote();
        ledger = store.update(ledger, List.of());

        assertThat(ledger.note()).isNull();
        assertThat(ledger.entries()).isEqualTo(1);
    }

    @Test
    void keepsAcceptingWritesWhileTheBrokerIsDownAndPublishesEveryEventOnceItReturns() {
        KafkaNode kafka = PlatformInfrastructure.shared().kafkaToInterrupt();
        List<String> ledgers = new ArrayList<>();
        kafka.stop();
        try {
            for (int i = 0; i < 20; i++) {
                Ledger ledger = new Ledger(UUID.randomUUID().toString());
                store.insert(ledger, List.of(ledger.add("written during the outage")));
                ledgers.add(ledger.id());
            }
            assertThat(relay.pendingCount()).isGreaterThanOrEqualTo(20);
            assertThat(history.of("ledgers", ledgers.get(0))).singleElement()
                .satisfies(change -> assertThat(change.published()).isFalse());
        }
        finally {
            kafka.start();
        }

        await().atMost(Duration.ofSeconds(60)).until(() -> relay.pendingCount() == 0);
        try (TopicReader reader = new TopicReader(PlatformInfrastructure.shared().kafkaBootstrapServers(),
                "sample.events")) {
            List<ConsumerRecord<String, String>> records = reader.readUntil(
                    read -> ledgers.stream().allMatch(id -> read.stream().anyMatch(record -> id.equals(record.key()))),
                    Duration.ofSeconds(30));
            assertThat(ledgers).allSatisfy(id -> assertThat(records).anyMatch(record -> id.equals(record.key())));
        }
    }

    private List<Integer> entriesPublishedFor(String ledgerId, int expected) {
        try (TopicReader reader = new TopicReader(PlatformInfrastructure.shared().kafkaBootstrapServers(),
                "sample.events")) {
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
