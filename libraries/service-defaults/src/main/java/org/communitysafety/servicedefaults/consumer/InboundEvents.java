package org.communitysafety.servicedefaults.consumer;

import java.util.Collection;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import org.bson.Document;
import org.communitysafety.servicedefaults.events.CloudEvent;
import org.communitysafety.servicedefaults.events.CloudEvents;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * Handles each event a service consumes once per handler, however often Kafka delivers
 * it: the event id is remembered in {@code processed_events} after the handler succeeds,
 * and a repeat is skipped. A handler that fails is retried with back-off and then
 * dead-lettered by the listener's error handler. Because the handler runs before its id
 * is remembered, a crash in between repeats the handler: handlers are written to be
 * idempotent in their own effect too (upserts keyed by ids, deliveries keyed by event and
 * recipient).
 * <p>
 * The handler runs in the listener's span, which the observed listener container started
 * as a child of the producer's send from the record's trace headers.
 */
public class InboundEvents {

    /** The ids of the events this service has handled (its own collection). */
    public static final String PROCESSED = "processed_events";

    private static final Logger log = LoggerFactory.getLogger(InboundEvents.class);

    private final MongoTemplate mongo;

    private final CloudEvents cloudEvents;

    public InboundEvents(MongoTemplate mongo, CloudEvents cloudEvents) {
        this.mongo = mongo;
        this.cloudEvents = cloudEvents;
    }

    /**
     * Reads the record's CloudEvent and hands it to the handler unless this handler has
     * seen it already.
     * @return whether the handler ran
     */
    public boolean handleOnce(String handler, String value, Consumer<CloudEvent> action) {
        return handleOnceEach(value, Map.of(handler, action)) == 1;
    }

    /**
     * Reads the record's CloudEvent and hands it to each handler (in the order given)
     * that has not seen it already; which have is asked once for all of them. Each
     * handler's success is remembered as it succeeds, so a later handler that fails
     * leaves the earlier ones done.
     * @return how many handlers ran
     */
    public int handleOnceEach(String value, Map<String, Consumer<CloudEvent>> handlers) {
        CloudEvent event = cloudEvents.read(value);
        Set<String> handled = handledAlready(event, handlers.keySet());
        int ran = 0;
        for (Map.Entry<String, Consumer<CloudEvent>> handler : handlers.entrySet()) {
            String key = keyOf(handler.getKey(), event);
            if (handled.contains(key)) {
                log.debug("{} already handled event {}", handler.getKey(), event.id());
                continue;
            }
            handler.getValue().accept(event);
            remember(key, event);
            log.info("{} handled {} {} about {}", handler.getKey(), event.type(), event.id(), event.subject());
            ran++;
        }
        return ran;
    }

    private Set<String> handledAlready(CloudEvent event, Collection<String> handlers) {
        List<String> keys = handlers.stream().map(handler -> keyOf(handler, event)).toList();
        Set<String> handled = new HashSet<>();
        mongo.getCollection(PROCESSED)
            .find(Filters.in("_id", keys))
            .projection(Projections.include("_id"))
            .forEach(document -> handled.add(document.getString("_id")));
        return handled;
    }

    private static String keyOf(String handler, CloudEvent event) {
        return handler + "/" + event.id();
    }

    public <T> T data(CloudEvent event, Class<T> type) {
        return cloudEvents.data(event, type);
    }

    private void remember(String key, CloudEvent event) {
        try {
            mongo.getCollection(PROCESSED)
                .insertOne(new Document("_id", key).append("type", event.type())
                    .append("subject", event.subject())
                    .append("handledAt", new Date()));
        }
        catch (MongoWriteException ex) {
            if (ex.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                throw ex;
            }
        }
    }

}
