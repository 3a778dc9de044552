package org.communitysafety.notification.delivery;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * Emails by state ({@code platform.mail.deliveries{state=...}}), counted in the delivery
 * log whichever replica sent them: a growing {@code RETRYING} count means the mail relay
 * is refusing or away, any new {@code FAILED} one that someone was not told.
 */
@Component
class DeliveryMetrics implements MeterBinder {

    private final MongoTemplate mongo;

    DeliveryMetrics(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        for (DeliveryState state : DeliveryState.values()) {
            Gauge.builder("platform.mail.deliveries", () -> count(state))
                .description("Emails in the delivery log in each state")
                .tag("state", state.name())
                .register(registry);
        }
    }

    long count(DeliveryState state) {
        return mongo.count(Query.query(Criteria.where("state").is(state.name())), Delivery.COLLECTION);
    }

}
