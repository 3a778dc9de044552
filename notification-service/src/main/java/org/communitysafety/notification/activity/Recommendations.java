package org.communitysafety.notification.activity;

import java.util.Set;

import org.communitysafety.notification.events.EventHandler;
import org.communitysafety.notification.events.RecommendationAwaitingResponse;
import org.communitysafety.notification.events.ResponseRecorded;
import org.communitysafety.servicedefaults.consumer.InboundEvents;
import org.communitysafety.servicedefaults.events.CloudEvent;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * The scrutiny recommendations replica: made (and overdue) set what the recommendation is
 * and to whom, a recorded response sets when it was answered. Keyed by the
 * recommendation, each event setting its own part: seen twice, it changes nothing twice.
 */
@Component
class Recommendations implements EventHandler {

    private final MongoTemplate mongo;

    private final InboundEvents inbound;

    Recommendations(MongoTemplate mongo, InboundEvents inbound) {
        this.mongo = mongo;
        this.inbound = inbound;
    }

    @Override
    public String name() {
        return "recommendation-replica";
    }

    @Override
    public Set<String> eventTypes() {
        return Set.of(RecommendationAwaitingResponse.MADE, RecommendationAwaitingResponse.OVERDUE,
                ResponseRecorded.TYPE);
    }

    @Override
    public void handle(CloudEvent event) {
        if (ResponseRecorded.TYPE.equals(event.type())) {
            ResponseRecorded response = inbound.data(event, ResponseRecorded.class);
            upsert(response.recommendationId(),
                    new Update().set("respondedOn", response.respondedOn()).set("outcome", response.outcome()));
        }
        else {
            RecommendationAwaitingResponse made = inbound.data(event, RecommendationAwaitingResponse.class);
            upsert(made.recommendationId(),
                    new Update().set("bodyName", made.bodyName())
                        .set("title", made.title())
                        .set("addresseeKind", made.addresseeKind())
                        .set("addresseeId", made.addresseeId())
                        .set("responseDue", made.responseDue()));
        }
    }

    private void upsert(String recommendationId, Update update) {
        mongo.upsert(Query.query(Criteria.where("_id").is(recommendationId)), update, Recommendation.class);
    }

}
