package org.communitysafety.servicedefaults.outbox;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandStartedEvent;
import org.bson.BsonDocument;
import org.communitysafety.servicedefaults.sample.Ledger;
import org.communitysafety.servicedefaults.sample.SampleApplication;
import org.communitysafety.testkit.PlatformInfrastructure;
import org.communitysafety.testkit.TopicReader;
import org.communitysafety.testkit.WithPlatformInfrastructure;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.mongodb.autoconfigure.MongoClientSettingsBuilderCustomizer;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The relay finds what this replica wrote by the aggregates' ids, which every store
 * answers from its primary key however large the collection, instead of scanning the
 * collection for waiting events each round. Scans are kept for start-up and the
 * occasional sweep, which here is an hour away, so anything published was found by id.
 */
@SpringBootTest(classes = SampleApplication.class,
        properties = { "platform.events.relay-full-scan-interval=1h", "platform.events.relay-interval=50ms",
                // A database of its own, which no other test leaves waiting events in.
                "spring.application.name=relay-lookup" })
@WithPlatformInfrastructure
@Import(OutboxRelayLookupTests.RelayQueries.class)
class OutboxRelayLookupTests {

    @Autowired
    AggregateStore store;

    @Test
    void publishesWhatItWroteByLookingUpTheAggregatesByIdNotByScanningTheCollection() {
        await().atMost(Duration.ofSeconds(30))
            .alias("the start-up sweep")
            .until(() -> RelayQueries.LEDGER_QUERIES.stream().anyMatch(filter -> filter.toJson().contains("outbox")));
        RelayQueries.LEDGER_QUERIES.clear();

        List<String> ids = List.of(UUID.randomUUID().toString(), UUID.randomUUID().toString(),
                UUID.randomUUID().toString());
        for (String id : ids) {
            Ledger ledger = new Ledger(id);
            ledger = store.insert(ledger, List.of(ledger.add("first")));
            store.update(ledger, List.of(ledger.add("second")));
        }

        try (TopicReader reader = new TopicReader(PlatformInfrastructure.shared().kafkaBootstrapServers(),
                "sample.events")) {
            var records = reader.readUntil(
                    read -> ids.stream()
                        .allMatch(id -> read.stream().filter(record -> id.equals(record.key())).count() >= 2),
                    Duration.ofSeconds(30));
            assertThat(ids).allSatisfy(id -> assertThat(records).filteredOn(record -> id.equals(record.key()))
                .hasSizeGreaterThanOrEqualTo(2));
        }
        assertThat(RelayQueries.LEDGER_QUERIES).as("the relay's reads of the ledgers since the sweep")
            .isNotEmpty()
            .allSatisfy(filter -> {
                assertThat(filter.keySet()).as("looked up by id: %s", filter.toJson()).containsExactly("_id");
                assertThat(filter.get("_id").asDocument().keySet()).containsExactly("$in");
            });
    }

    /** The filters of the relay's reads of the ledgers, as the driver sends them. */
    @TestConfiguration(proxyBeanMethods = false)
    static class RelayQueries {

        static final List<BsonDocument> LEDGER_QUERIES = new CopyOnWriteArrayList<>();

        @Bean
        MongoClientSettingsBuilderCustomizer relayQueries() {
            return settings -> settings.addCommandListener(new CommandListener() {
                @Override
                public void commandStarted(CommandStartedEvent event) {
                    boolean relayThread = Thread.currentThread().getName().startsWith("scheduling");
                    if (relayThread && event.getCommandName().equals("find")
                            && event.getCommand().getString("find").getValue().equals("ledgers")) {
                        // A copy: the command lives in a buffer the driver reuses once it
                        // is sent.
                        LEDGER_QUERIES.add(BsonDocument
                            .parse(event.getCommand().getDocument("filter", new BsonDocument()).toJson()));
                    }
                }
            });
        }

    }

}
