package org.communitysafety.notification.delivery;

import java.util.UUID;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.bson.Document;
import org.communitysafety.testkit.PlatformInfrastructure;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/** Emails by state, counted from the delivery log in MongoDB. */
class DeliveryMetricsTests {

    private final String database = "delivery-metrics-" + UUID.randomUUID().toString().substring(0, 8);

    private final MongoClient client = MongoClients.create(PlatformInfrastructure.shared().mongoUri(database));

    private final MongoTemplate mongo = new MongoTemplate(client, database);

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();

    @AfterEach
    void dropDatabase() {
        mongo.getDb().drop();
        client.close();
    }

    private void logDelivery(DeliveryState state) {
        mongo.getCollection(Delivery.COLLECTION)
            .insertOne(new Document("_id", UUID.randomUUID().toString()).append("state", state.name()));
    }

    private double deliveries(DeliveryState state) {
        return registry.get("platform.mail.deliveries").tag("state", state.name()).gauge().value();
    }

    @Test
    void countsEmailsInEachStateIncludingNone() {
        new DeliveryMetrics(mongo).bindTo(registry);
        logDelivery(DeliveryState.SENT);
        logDelivery(DeliveryState.SENT);
        logDelivery(DeliveryState.FAILED);
        logDelivery(DeliveryState.RETRYING);

        assertThat(deliveries(DeliveryState.SENT)).isEqualTo(2.0);
        assertThat(deliveries(DeliveryState.FAILED)).isEqualTo(1.0);
        assertThat(deliveries(DeliveryState.RETRYING)).isEqualTo(1.0);
        assertThat(deliveries(DeliveryState.QUEUED)).isZero();
    }

    @Test
    void followsTheLogAsDeliveriesChangeState() {
        new DeliveryMetrics(mongo).bindTo(registry);
        logDelivery(DeliveryState.RETRYING);
        assertThat(deliveries(DeliveryState.RETRYING)).isEqualTo(1.0);

        mongo.getCollection(Delivery.COLLECTION)
            .updateMany(new Document("state", "RETRYING"), new Document("$set", new Document("state", "FAILED")));

        assertThat(deliveries(DeliveryState.RETRYING)).isZero();
        assertThat(deliveries(DeliveryState.FAILED)).isEqualTo(1.0);
    }

}
