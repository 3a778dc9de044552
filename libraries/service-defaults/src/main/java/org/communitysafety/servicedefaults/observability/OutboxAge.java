package org.communitysafety.servicedefaults.observability;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Optional;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.bson.Document;
import org.communitysafety.servicedefaults.outbox.AggregateStore;
import org.communitysafety.servicedefaults.outbox.OutboxCollections;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * How long the oldest event not yet published has waited in its aggregate's outbox
 * ({@code platform.outbox.oldest.age}, seconds; 0 when none waits). Beside
 * {@code platform.outbox.pending} it tells a backlog that drains slowly (a burst of
 * writes) from one that does not move (the broker away, or one event refused every time).
 */
public class OutboxAge implements MeterBinder {

    private final MongoTemplate mongo;

    private final OutboxCollections collections;

    private final Clock clock;

    public OutboxAge(MongoTemplate mongo, OutboxCollections collections, Clock clock) {
        this.mongo = mongo;
        this.collections = collections;
        this.clock = clock;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        ThrottledMeasurement age = new ThrottledMeasurement(this::oldestAgeSeconds,
                ThrottledMeasurement.DEFAULT_INTERVAL, clock);
        Gauge.builder("platform.outbox.oldest.age", age, ThrottledMeasurement::value)
            .strongReference(true)
            .description("How long the oldest event not yet published to Kafka has waited")
            .baseUnit("seconds")
            .register(registry);
    }

    double oldestAgeSeconds() {
        return oldestPending().map((oldest) -> Duration.between(oldest, clock.instant()).toMillis() / 1000.0)
            .orElse(0.0);
    }

    private Optional<Instant> oldestPending() {
        Instant oldest = null;
        for (String collection : collections.all(mongo)) {
            for (Document document : mongo.getCollection(collection)
                .find(Filters.exists(AggregateStore.OUTBOX + ".eventId"))
                .projection(Projections.include(AggregateStore.OUTBOX + ".occurredAt"))) {
                for (Document event : document.getList(AggregateStore.OUTBOX, Document.class)) {
                    Date occurredAt = event.getDate("occurredAt");
                    if (occurredAt != null && (oldest == null || occurredAt.toInstant().isBefore(oldest))) {
                        oldest = occurredAt.toInstant();
                    }
                }
            }
        }
        return Optional.ofNullable(oldest);
    }

}
