package org.communitysafety.priority.outcome;

import java.util.Collection;
import java.util.List;

import org.communitysafety.priority.replica.Directory;
import org.communitysafety.servicedefaults.outbox.AggregateStore;
import org.communitysafety.servicedefaults.problem.ResourceNotFound;
import org.communitysafety.servicedefaults.problem.RuleViolated;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

/** The use cases of outcomes: recording one, and reading them. */
@Service
public class Outcomes {

    /** A plan year or span of years, e.g. {@code 2015-16} or {@code 2014-17}. */
    public static final String PERIOD = "^20[0-9]{2}-[0-9]{2}$";

    public static final String PERIOD_MESSAGE = "must be a span of years such as 2015-16";

    private final MongoTemplate mongo;

    private final AggregateStore store;

    private final Directory directory;

    Outcomes(MongoTemplate mongo, AggregateStore store, Directory directory) {
        this.mongo = mongo;
        this.store = store;
        this.directory = directory;
    }

    public Outcome record(RecordOutcomeRequest request) {
        if (mongo.findById(request.code(), Outcome.class) != null) {
            throw new RuleViolated("An outcome with code '" + request.code() + "' is already recorded");
        }
        directory.requireOrganisations(List.of(request.owner()), "owner organisation");
        var recorded = Outcome.record(request);
        return store.insert(recorded.aggregate(), List.of(recorded.event()));
    }

    public Outcome get(String id) {
        Outcome outcome = mongo.findById(id, Outcome.class);
        if (outcome == null) {
            throw new ResourceNotFound("No outcome '" + id + "'");
        }
        return outcome;
    }

    public List<Outcome> all() {
        return mongo.find(new Query().with(Sort.by("framework", "_id")), Outcome.class);
    }

    /** Refuses (422) naming every outcome among these that is not recorded. */
    public void requireKnown(Collection<String> ids) {
        List<String> unknown = ids.stream()
            .filter(id -> !mongo.exists(Query.query(Criteria.where("_id").is(id)), Outcome.class))
            .toList();
        if (!unknown.isEmpty()) {
            throw new RuleViolated("Unknown outcome(s) " + unknown + ": record them first");
        }
    }

}
