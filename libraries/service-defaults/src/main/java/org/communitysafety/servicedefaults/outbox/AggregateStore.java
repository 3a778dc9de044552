package org.communitysafety.servicedefaults.outbox;

import java.util.ArrayList;
import java.util.List;

import com.mongodb.client.model.Filters;
import com.mongodb.client.result.UpdateResult;
import org.bson.Document;
import org.communitysafety.servicedefaults.caller.CallerResolver;
import org.communitysafety.servicedefaults.events.CloudEvent;
import org.communitysafety.servicedefaults.events.CloudEvents;
import org.communitysafety.servicedefaults.events.DomainEvent;
import org.communitysafety.servicedefaults.events.EventsProperties;
import org.communitysafety.servicedefaults.problem.ConcurrentChange;
import org.communitysafety.servicedefaults.tracing.Traces;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.MongoPersistentEntity;
import org.springframework.data.mongodb.core.mapping.MongoPersistentProperty;

/**
 * Writes an aggregate and the events its change caused as ONE atomic document write: the
 * events wait in the document's {@code outbox} array until the {@link OutboxRelay} has
 * published them. MongoDB (and the embedded wire server, which has no multi-document
 * transactions) guarantees a single document write is atomic, so an acknowledged change
 * always has its events, even if Kafka or this service dies right after.
 *
 * <p>
 * Updates never replace the whole document: they {@code $set} the aggregate's fields and
 * {@code $push} the new events, so events the relay has not yet removed are never lost or
 * resurrected.
 *
 * <p>
 * Each event keeps the trace context of the work that caused it, so that the relay's send
 * continues that trace however much later it runs.
 */
public class AggregateStore {

    public static final String OUTBOX = "outbox";

    private final MongoTemplate mongo;

    private final CloudEvents cloudEvents;

    private final CallerResolver callers;

    private final EventsProperties properties;

    private final OutboxCollections collections;

    private final Traces traces;

    public AggregateStore(MongoTemplate mongo, CloudEvents cloudEvents, CallerResolver callers,
            EventsProperties properties, OutboxCollections collections, Traces traces) {
        this.mongo = mongo;
        this.cloudEvents = cloudEvents;
        this.callers = callers;
        this.properties = properties;
        this.collections = collections;
        this.traces = traces;
    }

    /**
     * Stores a new aggregate with version 0; a second aggregate with the same id is a
     * conflict.
     */
    @SuppressWarnings("unchecked")
    public <T> T insert(T aggregate, List<? extends DomainEvent> events) {
        Mapping mapping = mappingOf(aggregate);
        Document document = mapping.document();
        document.put(mapping.versionField(), 0L);
        document.put(OUTBOX, pendingEvents(mapping, events));
        try {
            mongo.getCollection(mapping.collection()).insertOne(document);
        }
        catch (com.mongodb.MongoWriteException ex) {
            if (ex.getError().getCategory() == com.mongodb.ErrorCategory.DUPLICATE_KEY) {
                throw new ConcurrentChange(mapping.collection() + "/" + mapping.id() + " already exists");
            }
            throw ex;
        }
        collections.written(mapping.collection(), mapping.id());
        return (T) asStored(aggregate, document);
    }

    /**
     * Stores the changed aggregate if nobody changed it since it was read (its version is
     * unchanged), otherwise refuses with {@link ConcurrentChange} so that neither change
     * is lost silently.
     */
    @SuppressWarnings("unchecked")
    public <T> T update(T aggregate, List<? extends DomainEvent> events) {
        Mapping mapping = mappingOf(aggregate);
        Object expectedVersion = mapping.entity()
            .getPropertyAccessor(aggregate)
            .getProperty(mapping.entity().getRequiredVersionProperty());
        Document fields = mapping.document();
        fields.remove("_id");
        fields.remove(mapping.versionField());
        Document unset = new Document();
        mapping.entity().doWithProperties((MongoPersistentProperty property) -> {
            if (!property.isIdProperty() && !property.isVersionProperty()
                    && !fields.containsKey(property.getFieldName())) {
                unset.put(property.getFieldName(), "");
            }
        });
        Document update = new Document("$set", fields).append("$inc", new Document(mapping.versionField(), 1L))
            .append("$push", new Document(OUTBOX, new Document("$each", pendingEvents(mapping, events))));
        if (!unset.isEmpty()) {
            update.append("$unset", unset);
        }
        UpdateResult result = mongo.getCollection(mapping.collection())
            .updateOne(
                    Filters.and(Filters.eq("_id", mapping.id()), Filters.eq(mapping.versionField(), expectedVersion)),
                    update);
        if (result.getMatchedCount() == 0) {
            throw new ConcurrentChange(mapping.collection() + "/" + mapping.id()
                    + " was changed by someone else since it was read; read it again and retry");
        }
        collections.written(mapping.collection(), mapping.id());
        Document stored = new Document(fields);
        stored.put("_id", mapping.id());
        stored.put(mapping.versionField(), expectedVersion == null ? 1L : ((Number) expectedVersion).longValue() + 1);
        return (T) asStored(aggregate, stored);
    }

    /**
     * The aggregate as the store now holds it, read from the document just written rather
     * than fetched again: the write was acknowledged, and every field of the aggregate is
     * in the document (its outbox is not part of the aggregate), so a second round trip
     * would return the same.
     */
    private Object asStored(Object aggregate, Document written) {
        return mongo.getConverter().read(aggregate.getClass(), written);
    }

    private List<Document> pendingEvents(Mapping mapping, List<? extends DomainEvent> events) {
        String subject = mapping.collection() + "/" + mapping.id();
        List<Document> pending = new ArrayList<>();
        String traceparent = traces.currentTraceparent();
        for (DomainEvent event : events) {
            CloudEvent cloudEvent = cloudEvents.wrap(event, subject, String.valueOf(mapping.id()), callers.current(),
                    traceparent);
            pending.add(new OutboxEvent(cloudEvent.id(), cloudEvent.type(), properties.topic(),
                    cloudEvent.partitionkey(), subject, cloudEvent.time().toInstant(), cloudEvents.write(cloudEvent),
                    traceparent, 0, null, null)
                .toDocument());
        }
        return pending;
    }

    private Mapping mappingOf(Object aggregate) {
        MongoPersistentEntity<?> entity = mongo.getConverter()
            .getMappingContext()
            .getRequiredPersistentEntity(aggregate.getClass());
        Document document = new Document();
        mongo.getConverter().write(aggregate, document);
        document.remove("_class");
        Object id = document.get("_id");
        if (id == null) {
            throw new IllegalArgumentException(
                    "An aggregate needs its id before it is stored: " + aggregate.getClass());
        }
        return new Mapping(entity, entity.getCollection(), id, entity.getRequiredVersionProperty().getFieldName(),
                document);
    }

    private record Mapping(MongoPersistentEntity<?> entity, String collection, Object id, String versionField,
            Document document) {
    }

}
