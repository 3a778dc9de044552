package org.communitysafety.servicedefaults.outbox;

import java.util.List;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import org.bson.Document;
import org.communitysafety.servicedefaults.history.UnpublishedEvents;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * What still waits in one aggregate's outbox, parked events included, for its history.
 */
public class PendingEvents implements UnpublishedEvents {

    private final MongoTemplate mongo;

    public PendingEvents(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public List<String> of(String collection, String id) {
        Document aggregate = mongo.getCollection(collection)
            .find(Filters.eq("_id", id))
            .projection(Projections.include(AggregateStore.OUTBOX))
            .first();
        if (aggregate == null || !aggregate.containsKey(AggregateStore.OUTBOX)) {
            return List.of();
        }
        return aggregate.getList(AggregateStore.OUTBOX, Document.class)
            .stream()
            .map(event -> event.getString(OutboxEvent.CLOUD_EVENT))
            .toList();
    }

}
