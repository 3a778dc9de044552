package org.communitysafety.notification.activity;

import java.time.Instant;
import java.util.Set;

import org.communitysafety.notification.events.EventHandler;
import org.communitysafety.notification.events.TargetReadingRecorded;
import org.communitysafety.notification.events.TargetSet;
import org.communitysafety.servicedefaults.consumer.InboundEvents;
import org.communitysafety.servicedefaults.events.CloudEvent;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * The targets replica: each target's definition, from {@code target-set.v1}, and its
 * latest reading, from {@code target-reading-recorded.v1}. A reading replaces the one
 * held only if it was read on the same day or later, so a reading seen twice, or an older
 * one recorded late, leaves the latest in place.
 */
@Component
class Targets implements EventHandler {

    private final MongoTemplate mongo;

    private final InboundEvents inbound;

    Targets(MongoTemplate mongo, InboundEvents inbound) {
        this.mongo = mongo;
        this.inbound = inbound;
    }

    @Override
    public String name() {
        return "target-replica";
    }

    @Override
    public Set<String> eventTypes() {
        return Set.of(TargetSet.TYPE, TargetReadingRecorded.TYPE);
    }

    @Override
    public void handle(CloudEvent event) {
        if (TargetSet.TYPE.equals(event.type())) {
            set(inbound.data(event, TargetSet.class), EventHandler.timeOf(event));
        }
        else {
            read(inbound.data(event, TargetReadingRecorded.class));
        }
    }

    private void set(TargetSet target, Instant asOf) {
        upsert(Criteria.where("_id").is(target.targetId()).and("definedAsOf").not().gt(asOf),
                new Update().set("priorityId", target.priorityId())
                    .set("measure", target.measure())
                    .set("unit", target.unit())
                    .set("direction", target.direction())
                    .set("baseline", target.baseline())
                    .set("target", target.target())
                    .set("deadline", target.deadline())
                    .set("definedAsOf", asOf)
                    .setOnInsert("rag", "NO_READING"));
    }

    private void read(TargetReadingRecorded reading) {
        upsert(Criteria.where("_id").is(reading.targetId()).and("latestReadOn").not().gt(reading.readOn()),
                new Update().set("priorityId", reading.priorityId())
                    .setOnInsert("measure", reading.measure())
                    .set("latestValue", reading.value())
                    .set("latestReadOn", reading.readOn())
                    .set("latestSource", reading.source())
                    .set("rag", reading.status()));
    }

    private void upsert(Criteria notNewer, Update update) {
        try {
            mongo.upsert(Query.query(notNewer), update, Target.class);
        }
        catch (DuplicateKeyException newer) {
            // Already holds a newer definition or a later reading.
        }
    }

}
