package org.communitysafety.servicedefaults.outbox;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Updates;
import io.micrometer.tracing.Span;
import io.micrometer.tracing.Tracer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.bson.Document;
import org.communitysafety.servicedefaults.events.CloudEvent;
import org.communitysafety.servicedefaults.events.EventsProperties;
import org.communitysafety.servicedefaults.history.ChangeHistory;
import org.communitysafety.servicedefaults.tracing.Traces;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Publishes the events waiting in aggregates' outboxes to Kafka, oldest first per
 * aggregate, and removes each from its outbox only once the broker has acknowledged it
 * (idempotent producer, acks=all). A failed send is never "done": while the broker is
 * unreachable the relay stops, backs off and tries the same event again, so nothing is
 * lost and one aggregate's events keep their order. An event the broker refuses for good
 * (see {@link BrokerRefusal}) is counted and, after a bounded number of tries, parked
 * ({@link ParkedEvents}); the relay goes on with the other aggregates, while the later
 * events of the parked one wait behind it. An event may be published twice (after a crash
 * between the acknowledgement and the removal); consumers are idempotent by event id.
 * <p>
 * Each publication is a span in the trace of the work that stored the event, however much
 * later the relay runs; the observed {@link KafkaTemplate} sends within it and carries
 * the trace on in the record's headers.
 */
public class OutboxRelay {

    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);

    private static final int BATCH = 100;

    private final MongoTemplate mongo;

    private final KafkaTemplate<String, String> kafka;

    private final ChangeHistory history;

    private final EventsProperties properties;

    private final OutboxCollections collections;

    private final ParkedEvents parked;

    private final Clock clock;

    private final Traces traces;

    private Duration backoff = Duration.ZERO;

    private Instant nextAttempt = Instant.MIN;

    public OutboxRelay(MongoTemplate mongo, KafkaTemplate<String, String> kafka, ChangeHistory history,
            EventsProperties properties, OutboxCollections collections, ParkedEvents parked, Clock clock,
            Traces traces) {
        this.mongo = mongo;
        this.kafka = kafka;
        this.history = history;
        this.properties = properties;
        this.collections = collections;
        this.parked = parked;
        this.clock = clock;
        this.traces = traces;
    }

    @Scheduled(fixedDelayString = "${platform.events.relay-interval:200ms}")
    public synchronized void relayPendingEvents() {
        if (clock.instant().isBefore(nextAttempt)) {
            return;
        }
        try {
            Set<String> toScan = collections.fullScanDue(clock.instant(), properties.relayFullScanInterval())
                    ? collections.all(mongo) : collections.takeToScan();
            toScan.forEach(this::relayScanning);
            collections.takeWritten().forEach(this::relayWritten);
            backoff = Duration.ZERO;
        }
        catch (RuntimeException ex) {
            backoff = backoff.isZero() ? properties.relayInterval()
                    : min(backoff.multipliedBy(2), properties.relayMaxBackoff());
            nextAttempt = clock.instant().plus(backoff);
            log.warn("Events wait in the outbox: {}; next attempt in {} ms", ex.getMessage(), backoff.toMillis());
        }
    }

    /**
     * How many events are still waiting to be published, parked ones included, across all
     * aggregates of this service.
     */
    public long pendingCount() {
        long count = 0;
        for (String collection : collections.all(mongo)) {
            for (Document document : mongo.getCollection(collection)
                .find(Filters.exists(AggregateStore.OUTBOX + "." + OutboxEvent.EVENT_ID))
                .projection(Projections.include(AggregateStore.OUTBOX))) {
                count += document.getList(AggregateStore.OUTBOX, Document.class).size();
            }
        }
        return count;
    }

    /**
     * Scans the collection for aggregates with waiting events, a batch at a time; scans
     * it again next round while events remain, the broker refused one or the scan failed.
     */
    private void relayScanning(String collection) {
        try {
            if (!relayFrom(mongo.getCollection(collection))) {
                collections.scanNeeded(collection);
            }
        }
        catch (RuntimeException ex) {
            collections.scanNeeded(collection);
            throw ex;
        }
    }

    /**
     * Publishes a batch of a collection's pending events; answers whether the collection
     * is now drained. Aggregates whose oldest event is parked are not looked at: nothing
     * of theirs can go before that event is replayed.
     */
    private boolean relayFrom(MongoCollection<Document> collection) {
        int aggregates = 0;
        boolean drained = true;
        for (Document aggregate : collection
            .find(Filters.and(Filters.exists(AggregateStore.OUTBOX + ".0." + OutboxEvent.EVENT_ID),
                    Filters.exists(AggregateStore.OUTBOX + ".0." + OutboxEvent.PARKED_AT, false)))
            .projection(Projections.include(AggregateStore.OUTBOX))
            .limit(BATCH)) {
            aggregates++;
            drained &= relayAggregate(collection, aggregate);
        }
        return drained && aggregates < BATCH;
    }

    /**
     * Publishes the events of the aggregates written since the last round, found by their
     * ids; an aggregate whose event the broker refused, or that was not reached because
     * publishing failed, is marked again for the next round.
     */
    private void relayWritten(String collectionName, Set<Object> ids) {
        MongoCollection<Document> collection = mongo.getCollection(collectionName);
        Set<Object> notReached = new HashSet<>(ids);
        Set<Object> again = new HashSet<>();
        try {
            for (Document aggregate : collection.find(Filters.in("_id", ids))
                .projection(Projections.include(AggregateStore.OUTBOX))) {
                List<Document> outbox = aggregate.getList(AggregateStore.OUTBOX, Document.class, List.of());
                boolean done = outbox.isEmpty() || OutboxEvent.of(outbox.get(0)).parked()
                        || relayAggregate(collection, aggregate);
                notReached.remove(aggregate.get("_id"));
                if (!done) {
                    again.add(aggregate.get("_id"));
                }
            }
            // Read to the end: an id the store did not return has nothing left to send.
            notReached.clear();
        }
        finally {
            again.addAll(notReached);
            again.forEach(id -> collections.written(collectionName, id));
        }
    }

    /**
     * Publishes one aggregate's events in order, up to the first the broker refuses;
     * answers false when a refused event is to be tried again.
     */
    private boolean relayAggregate(MongoCollection<Document> collection, Document aggregate) {
        for (Document entry : aggregate.getList(AggregateStore.OUTBOX, Document.class)) {
            OutboxEvent event = OutboxEvent.of(entry);
            if (event.parked()) {
                return true;
            }
            try {
                publish(event);
            }
            catch (RuntimeException ex) {
                Optional<String> refusal = BrokerRefusal.forGood(ex);
                if (refusal.isEmpty()) {
                    throw ex;
                }
                return parked.refused(collection, aggregate.get("_id"), event, refusal.get());
            }
            history.record(event.eventId(), event.subject(), event.occurredAt(), event.cloudEvent());
            collection.updateOne(Filters.eq("_id", aggregate.get("_id")),
                    Updates.pull(AggregateStore.OUTBOX, new Document(OutboxEvent.EVENT_ID, event.eventId())));
        }
        return true;
    }

    private void publish(OutboxEvent event) {
        Span span = traces.continueTrace(event.traceparent(), "outbox publish")
            .tag("messaging.destination.name", event.topic())
            .tag("cloudevents.event_type", event.type());
        try (Tracer.SpanInScope scope = traces.inScope(span)) {
            send(event);
        }
        catch (RuntimeException ex) {
            span.error(ex);
            throw ex;
        }
        finally {
            span.end();
        }
    }

    private void send(OutboxEvent event) {
        ProducerRecord<String, String> record = new ProducerRecord<>(event.topic(), event.key(), event.cloudEvent());
        record.headers().add("content-type", CloudEvent.CONTENT_TYPE.getBytes(StandardCharsets.UTF_8));
        try {
            kafka.send(record).get(properties.sendTimeout().toMillis(), TimeUnit.MILLISECONDS);
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while publishing " + event.eventId(), ex);
        }
        catch (Exception ex) {
            throw new IllegalStateException(
                    "broker did not take event " + event.eventId() + " (" + ex.getClass().getSimpleName() + ")", ex);
        }
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

}
