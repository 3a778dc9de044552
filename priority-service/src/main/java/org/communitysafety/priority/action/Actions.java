package org.communitysafety.priority.action;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.communitysafety.priority.access.Standing;
import org.communitysafety.priority.priority.Priorities;
import org.communitysafety.priority.priority.Priority;
import org.communitysafety.priority.replica.Directory;
import org.communitysafety.servicedefaults.calendar.UkCalendar;
import org.communitysafety.servicedefaults.outbox.AggregateStore;
import org.communitysafety.servicedefaults.problem.ResourceNotFound;
import org.communitysafety.servicedefaults.web.ETags;
import org.communitysafety.servicedefaults.web.SortableFields;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.support.PageableExecutionUtils;
import org.springframework.stereotype.Service;

/**
 * The use cases of actions: assigning them (by those who manage the partnership that
 * holds the priority) and recording their progress and completion (by the organisation
 * that owns each).
 */
@Service
public class Actions {

    static final SortableFields SORTABLE = new SortableFields(
            Map.of("dueDate", "dueDate", "title", "title", "owner", "ownerOrganisationId"));

    private final ActionRepository repository;

    private final Priorities priorities;

    private final Directory directory;

    private final AggregateStore store;

    private final MongoTemplate mongo;

    private final Clock clock;

    Actions(ActionRepository repository, Priorities priorities, Directory directory, AggregateStore store,
            MongoTemplate mongo, Clock clock) {
        this.repository = repository;
        this.priorities = priorities;
        this.directory = directory;
        this.store = store;
        this.mongo = mongo;
        this.clock = clock;
    }

    /**
     * Assigns an action; the id is given only by the baseline, so a second load adds
     * none.
     */
    public Action assign(String id, String priorityId, AssignActionRequest request, Standing standing) {
        Priority priority = priorities.active(priorityId);
        standing.checkManages(directory.group(priority.partnershipId(), "partnership"));
        directory.requireOrganisations(List.of(request.ownerOrganisation()), "owner organisation");
        var assigned = Action.assign(id, priority.id(), priority.partnershipId(), request, today());
        return store.insert(assigned.aggregate(), List.of(assigned.event()));
    }

    Action recordProgress(String id, RecordProgressRequest request, String ifMatch, Standing standing) {
        Action action = owned(id, ifMatch, standing);
        var recorded = action.recordProgress(request, standing.organisation(), today());
        return store.update(recorded.aggregate(), List.of(recorded.event()));
    }

    Action complete(String id, CompleteActionRequest request, String ifMatch, Standing standing) {
        Action action = owned(id, ifMatch, standing);
        var completed = action.complete(request, today());
        return store.update(completed.aggregate(), List.of(completed.event()));
    }

    public Action get(String id) {
        return repository.findById(id).orElseThrow(() -> new ResourceNotFound("No action '" + id + "'"));
    }

    public List<Action> of(Collection<String> priorityIds) {
        return repository.findByPriorityIdIn(priorityIds);
    }

    /**
     * Actions by priority, partnership and owner; {@code overdue} keeps those overdue
     * today.
     */
    Page<Action> list(String priority, String partnership, String owner, Boolean overdue, Pageable pageable) {
        Criteria criteria = new Criteria();
        if (priority != null) {
            criteria.and("priorityId").is(priority);
        }
        if (partnership != null) {
            criteria.and("partnershipId").is(partnership);
        }
        if (owner != null) {
            criteria.and("ownerOrganisationId").is(owner);
        }
        if (overdue != null) {
            Criteria late = new Criteria().andOperator(Criteria.where("status").ne(ActionStatus.COMPLETED),
                    Criteria.where("dueDate").lt(today()));
            criteria = overdue ? new Criteria().andOperator(criteria, late)
                    : new Criteria().andOperator(criteria, new Criteria().norOperator(late));
        }
        Pageable sorted = SORTABLE.apply(pageable);
        Criteria matching = criteria;
        List<Action> page = mongo.find(Query.query(matching).with(sorted), Action.class);
        return PageableExecutionUtils.getPage(page, sorted, () -> mongo.count(Query.query(matching), Action.class));
    }

    LocalDate today() {
        return UkCalendar.today(clock);
    }

    private Action owned(String id, String ifMatch, Standing standing) {
        Action action = get(id);
        standing.checkActsFor(action.ownerOrganisationId(), "The action '" + action.title() + "'");
        ETags.checkIfMatch(ifMatch, action.version());
        return action;
    }

}
