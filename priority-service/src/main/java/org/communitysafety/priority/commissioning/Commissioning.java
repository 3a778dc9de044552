package org.communitysafety.priority.commissioning;

import java.util.List;

import org.communitysafety.priority.access.Standing;
import org.communitysafety.priority.priority.Priorities;
import org.communitysafety.priority.priority.Priority;
import org.communitysafety.priority.replica.Directory;
import org.communitysafety.servicedefaults.outbox.AggregateStore;
import org.communitysafety.servicedefaults.problem.ResourceNotFound;
import org.communitysafety.servicedefaults.problem.RuleViolated;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

/**
 * The use cases of commissioning: a group's managers record what their group
 * commissioned, an organisation what it commissioned itself, against an active priority.
 */
@Service
class Commissioning {

    private final MongoTemplate mongo;

    private final Priorities priorities;

    private final Directory directory;

    private final AggregateStore store;

    Commissioning(MongoTemplate mongo, Priorities priorities, Directory directory, AggregateStore store) {
        this.mongo = mongo;
        this.priorities = priorities;
        this.directory = directory;
        this.store = store;
    }

    Commission record(String priorityId, RecordCommissionRequest request, Standing standing) {
        Priority priority = priorities.active(priorityId);
        var group = directory.findGroup(request.commissioner()).filter(found -> found.kind() != null);
        if (group.isPresent()) {
            standing.checkManages(group.get());
        }
        else if (directory.knowsOrganisation(request.commissioner())) {
            standing.checkActsFor(request.commissioner(), "Commissioning by '" + request.commissioner() + "'");
        }
        else {
            throw new RuleViolated("Unknown commissioner '" + request.commissioner()
                    + "': no group or organisation with that code is registered with the partnership service");
        }
        var recorded = Commission.record(priority.id(), priority.partnershipId(), request);
        return store.insert(recorded.aggregate(), List.of(recorded.event()));
    }

    Commission get(String id) {
        Commission commission = mongo.findById(id, Commission.class);
        if (commission == null) {
            throw new ResourceNotFound("No commission '" + id + "'");
        }
        return commission;
    }

    List<Commission> against(String priorityId) {
        return mongo.find(Query.query(Criteria.where("priorityId").is(priorityId)).with(Sort.by("startsOn")),
                Commission.class);
    }

}
