package org.communitysafety.notification.activity;

import java.util.Set;

import org.communitysafety.notification.events.ActionCompleted;
import org.communitysafety.notification.events.ActionDue;
import org.communitysafety.notification.events.EventHandler;
import org.communitysafety.servicedefaults.consumer.InboundEvents;
import org.communitysafety.servicedefaults.events.CloudEvent;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * The actions replica: what an action is and when it is due (assigned, overdue), and when
 * it was completed. Each event sets its own part of the action, keyed by the action
 * (whose events arrive in order, keyed by it), so an event seen twice changes nothing
 * twice and a late assignment never undoes a completion.
 */
@Component
class Actions implements EventHandler {

    private final MongoTemplate mongo;

    private final InboundEvents inbound;

    Actions(MongoTemplate mongo, InboundEvents inbound) {
        this.mongo = mongo;
        this.inbound = inbound;
    }

    @Override
    public String name() {
        return "action-replica";
    }

    @Override
    public Set<String> eventTypes() {
        return Set.of(ActionDue.ASSIGNED, ActionDue.OVERDUE, ActionCompleted.TYPE);
    }

    @Override
    public void handle(CloudEvent event) {
        if (ActionCompleted.TYPE.equals(event.type())) {
            ActionCompleted completed = inbound.data(event, ActionCompleted.class);
            upsert(completed.actionId(),
                    new Update().set("partnershipId", completed.partnershipId())
                        .set("priorityId", completed.priorityId())
                        .set("ownerOrganisationId", completed.ownerOrganisationId())
                        .set("completedOn", completed.completedOn()));
        }
        else {
            ActionDue action = inbound.data(event, ActionDue.class);
            upsert(action.actionId(),
                    new Update().set("title", action.title())
                        .set("partnershipId", action.partnershipId())
                        .set("priorityId", action.priorityId())
                        .set("ownerOrganisationId", action.ownerOrganisationId())
                        .set("dueDate", action.dueDate()));
        }
    }

    private void upsert(String actionId, Update update) {
        mongo.upsert(Query.query(Criteria.where("_id").is(actionId)), update, Action.class);
    }

}
