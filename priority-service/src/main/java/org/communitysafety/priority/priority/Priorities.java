package org.communitysafety.priority.priority;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.communitysafety.priority.access.Standing;
import org.communitysafety.priority.outcome.Outcomes;
import org.communitysafety.priority.replica.Directory;
import org.communitysafety.priority.replica.Group;
import org.communitysafety.servicedefaults.calendar.UkCalendar;
import org.communitysafety.servicedefaults.outbox.AggregateStore;
import org.communitysafety.servicedefaults.problem.ResourceNotFound;
import org.communitysafety.servicedefaults.problem.RuleViolated;
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
 * The use cases of priorities: adopting, changing and retiring them (by those who manage
 * the partnership that holds them), and reading them.
 */
@Service
public class Priorities {

    static final SortableFields SORTABLE = new SortableFields(
            Map.of("title", "title", "theme", "theme", "since", "since", "partnership", "partnershipId"));

    private final PriorityRepository repository;

    private final Directory directory;

    private final Outcomes outcomes;

    private final AggregateStore store;

    private final MongoTemplate mongo;

    private final Clock clock;

    Priorities(PriorityRepository repository, Directory directory, Outcomes outcomes, AggregateStore store,
            MongoTemplate mongo, Clock clock) {
        this.repository = repository;
        this.directory = directory;
        this.outcomes = outcomes;
        this.store = store;
        this.mongo = mongo;
        this.clock = clock;
    }

    /**
     * Adopts a priority for the partnership, if the caller manages it. The id is given
     * only by the baseline, so that loading it twice adopts nothing twice.
     */
    public Priority adopt(String id, AdoptPriorityRequest request, Standing standing) {
        Group partnership = directory.activeGroup(request.partnership(), "partnership");
        standing.checkManages(partnership);
        if (request.scope() == Scope.COUNTYWIDE && !partnership.isCountyStrategyGroup()) {
            throw new RuleViolated("A countywide priority is held by the county strategy group; '" + partnership.name()
                    + "' is a " + partnership.kind());
        }
        if (request.scope() == Scope.LOCAL && !partnership.isDistrictCsp()) {
            throw new RuleViolated(
                    "A local priority is held by a CSP; '" + partnership.name() + "' is a " + partnership.kind());
        }
        if (request.parent() != null) {
            checkParent(request.scope(), request.parent());
        }
        directory.activeGroup(request.leadGroup(), "lead group");
        outcomes.requireKnown(request.outcomes() == null ? List.of() : request.outcomes());
        var adopted = Priority.adopt(id, request);
        return store.insert(adopted.aggregate(), List.of(adopted.event()));
    }

    Priority update(String id, UpdatePriorityRequest request, String ifMatch, Standing standing) {
        Priority priority = managed(id, ifMatch, standing);
        if (request.leadGroup() != null) {
            directory.activeGroup(request.leadGroup(), "lead group");
        }
        if (request.outcomes() != null) {
            outcomes.requireKnown(request.outcomes());
        }
        var change = priority.update(request);
        return change.isEmpty() ? priority : store.update(change.get().aggregate(), List.of(change.get().event()));
    }

    Priority retire(String id, RetirePriorityRequest request, String ifMatch, Standing standing) {
        Priority priority = managed(id, ifMatch, standing);
        LocalDate on = request == null || request.retiredOn() == null ? UkCalendar.today(clock) : request.retiredOn();
        var retired = priority.retire(on);
        return store.update(retired.aggregate(), List.of(retired.event()));
    }

    public Priority get(String id) {
        return repository.findById(id).orElseThrow(() -> new ResourceNotFound("No priority '" + id + "'"));
    }

    /**
     * An active priority, or a refusal naming the reference, for those who build on it.
     */
    public Priority active(String id) {
        Priority priority = repository.findById(id)
            .orElseThrow(() -> new RuleViolated("Unknown priority '" + id + "'"));
        priority.checkActive();
        return priority;
    }

    Page<Priority> list(String partnership, Scope scope, PriorityStatus status, Pageable pageable) {
        Criteria criteria = new Criteria();
        if (partnership != null) {
            criteria.and("partnershipId").is(partnership);
        }
        if (scope != null) {
            criteria.and("scope").is(scope);
        }
        if (status != null) {
            criteria.and("status").is(status);
        }
        Pageable sorted = SORTABLE.apply(pageable);
        Query query = Query.query(criteria).with(sorted);
        List<Priority> page = mongo.find(query, Priority.class);
        return PageableExecutionUtils.getPage(page, sorted, () -> mongo.count(Query.query(criteria), Priority.class));
    }

    public List<Priority> localUnder(String countywideId) {
        return repository.findByParentId(countywideId);
    }

    /** The local priorities under any of the countywide ones, in one read. */
    public List<Priority> localUnderAny(Collection<String> countywideIds) {
        return repository.findByParentIdIn(countywideIds);
    }

    public List<Priority> serving(String outcomeId) {
        return repository.findByOutcomeIdsContaining(outcomeId);
    }

    public List<Priority> heldBy(String partnershipId) {
        return repository.findByPartnershipId(partnershipId);
    }

    private void checkParent(Scope scope, String parentId) {
        if (scope != Scope.LOCAL) {
            throw new RuleViolated("Only a local priority takes forward a countywide one (parent)");
        }
        Priority parent = active(parentId);
        if (parent.scope() != Scope.COUNTYWIDE) {
            throw new RuleViolated("The parent priority '" + parent.title() + "' is not countywide");
        }
    }

    private Priority managed(String id, String ifMatch, Standing standing) {
        Priority priority = get(id);
        standing.checkManages(directory.group(priority.partnershipId(), "partnership"));
        ETags.checkIfMatch(ifMatch, priority.version());
        return priority;
    }

}
