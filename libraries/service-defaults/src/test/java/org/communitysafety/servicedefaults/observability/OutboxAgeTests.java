package org.communitysafety.servicedefaults.observability;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.UUID;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import org.bson.Document;
import org.communitysafety.servicedefaults.outbox.AggregateStore;
import org.communitysafety.servicedefaults.outbox.OutboxCollections;
import org.communitysafety.testkit.PlatformInfrastructure;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/** The age of the oldest event waiting in any aggregate's outbox, read from MongoDB. */
class OutboxAgeTests {

    private static final Instant NOW = Instant.parse("2026-05-01T12:00:00Z");

    private final MongoClient client = MongoClients
        .create(PlatformInfrastructure.shared().mongoUri("outbox-age-" + UUID.randomUUID()));

    private final MongoTemplate mongo = new MongoTemplate(client,
            "outbox-age-" + UUID.randomUUID().toString().substring(0, 8));

    private final OutboxAge age = new OutboxAge(mongo, new OutboxCollections(), Clock.fixed(NOW, ZoneOffset.UTC));

    @org.springframework.data.mongodb.core.mapping.Document("ledgers")
    record Ledger(String id) {
    }

    @org.springframework.data.mongodb.core.mapping.Document("plans")
    record Plan(String id) {
    }

    /** As Boot does at start-up for a service's documents. */
    @BeforeEach
    void mapDocuments() {
        mongo.getConverter().getMappingContext().getPersistentEntity(Ledger.class);
        mongo.getConverter().getMappingContext().getPersistentEntity(Plan.class);
    }

    @AfterEach
    void dropDatabase() {
        mongo.getDb().drop();
        client.close();
    }

    private static Document pending(Instant occurredAt) {
        return new Document("eventId", UUID.randomUUID().toString()).append("occurredAt", Date.from(occurredAt));
    }

    @Test
    void isZeroWhenNoEventWaits() {
        mongo.getCollection("ledgers")
            .insertOne(new Document("_id", "published").append(AggregateStore.OUTBOX, List.of()));

        assertThat(age.oldestAgeSeconds()).isZero();
    }

    @Test
    void isTheAgeOfTheOldestWaitingEventAcrossAggregatesAndCollections() {
        mongo.getCollection("ledgers")
            .insertOne(new Document("_id", "a").append(AggregateStore.OUTBOX,
                    List.of(pending(NOW.minusSeconds(30)), pending(NOW.minusSeconds(5)))));
        mongo.getCollection("plans")
            .insertOne(new Document("_id", "b").append(AggregateStore.OUTBOX, List.of(pending(NOW.minusSeconds(90)))));

        assertThat(age.oldestAgeSeconds()).isEqualTo(90.0);
    }

}
