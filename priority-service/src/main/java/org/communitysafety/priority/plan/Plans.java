package org.communitysafety.priority.plan;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.communitysafety.priority.access.Standing;
import org.communitysafety.priority.priority.Priorities;
import org.communitysafety.priority.priority.Priority;
import org.communitysafety.priority.priority.Scope;
import org.communitysafety.priority.replica.Directory;
import org.communitysafety.priority.replica.Group;
import org.communitysafety.servicedefaults.aggregate.Changed;
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
 * The use cases of plans and the county agreement: drafting, revising, agreeing,
 * publishing and reviewing them, and sending the agreement to the Commissioner, by those
 * who manage the partnership.
 */
@Service
public class Plans {

    static final SortableFields SORTABLE = new SortableFields(
            Map.of("period", "period", "partnership", "partnershipId", "title", "title", "status", "status"));

    private final PlanRepository repository;

    private final Directory directory;

    private final Priorities priorities;

    private final AggregateStore store;

    private final MongoTemplate mongo;

    private final Clock clock;

    Plans(PlanRepository repository, Directory directory, Priorities priorities, AggregateStore store,
            MongoTemplate mongo, Clock clock) {
        this.repository = repository;
        this.mongo = mongo;
        this.directory = directory;
        this.priorities = priorities;
        this.store = store;
        this.clock = clock;
    }

    /**
     * Drafts the partnership's plan for the year: a CSP's partnership plan, or the county
     * strategy group's community safety agreement.
     */
    public Plan draft(DraftPlanRequest request, Standing standing) {
        Group partnership = directory.activeGroup(request.partnership(), "partnership");
        standing.checkManages(partnership);
        PlanKind kind = kindFor(partnership);
        checkPeriod(request.period());
        checkPriorities(kind, partnership, request.priorities());
        var drafted = Plan.draft(kind, request);
        if (repository.existsById(drafted.aggregate().id())) {
            throw new RuleViolated("'" + partnership.name() + "' already has a plan for " + request.period() + " ('"
                    + drafted.aggregate().id() + "'); revise it instead");
        }
        return store.insert(drafted.aggregate(), List.of(drafted.event()));
    }

    Plan revise(String id, RevisePlanRequest request, String ifMatch, Standing standing) {
        Plan plan = managed(id, ifMatch, standing);
        if (request.priorities() != null) {
            checkPriorities(plan.kind(), directory.group(plan.partnershipId(), "partnership"), request.priorities());
        }
        return write(plan.revise(request.title(), request.priorities()));
    }

    public Plan agree(String id, PlanStepRequest request, String ifMatch, Standing standing) {
        return write(managed(id, ifMatch, standing).agree(dayOf(request)));
    }

    public Plan publish(String id, PlanStepRequest request, String ifMatch, Standing standing) {
        return write(managed(id, ifMatch, standing).publish(dayOf(request)));
    }

    Plan startReview(String id, PlanStepRequest request, String ifMatch, Standing standing) {
        return write(managed(id, ifMatch, standing).startReview(dayOf(request)));
    }

    public Plan sendToCommissioner(String id, SendToCommissionerRequest request, String ifMatch, Standing standing) {
        Plan plan = managed(id, ifMatch, standing);
        return write(plan.sendToCommissioner(request.sentOn(), request.evidence(), UkCalendar.today(clock)));
    }

    public Plan get(String id) {
        return repository.findById(id).orElseThrow(() -> new ResourceNotFound("No plan '" + id + "'"));
    }

    public Optional<Plan> find(String id) {
        return repository.findById(id);
    }

    /** Plans by partnership, kind, status and period, a page at a time. */
    Page<Plan> list(String partnership, PlanKind kind, PlanStatus status, String period, Pageable pageable) {
        Criteria criteria = new Criteria();
        if (partnership != null) {
            criteria.and("partnershipId").is(partnership);
        }
        if (kind != null) {
            criteria.and("kind").is(kind);
        }
        if (status != null) {
            criteria.and("status").is(status);
        }
        if (period != null) {
            criteria.and("period").is(period);
        }
        Pageable sorted = SORTABLE.apply(pageable);
        List<Plan> page = mongo.find(Query.query(criteria).with(sorted), Plan.class);
        return PageableExecutionUtils.getPage(page, sorted, () -> mongo.count(Query.query(criteria), Plan.class));
    }

    /** The published plans of the kind, as the public may read them. */
    public List<Plan> published(PlanKind kind) {
        return repository.findByKindAndStatusIn(kind, List.of(PlanStatus.PUBLISHED, PlanStatus.UNDER_REVIEW));
    }

    private static PlanKind kindFor(Group partnership) {
        if (partnership.isDistrictCsp()) {
            return PlanKind.PARTNERSHIP_PLAN;
        }
        if (partnership.isCountyStrategyGroup()) {
            return PlanKind.COUNTY_AGREEMENT;
        }
        throw new RuleViolated("'" + partnership.name() + "' is a " + partnership.kind()
                + "; plans are held by CSPs and the agreement by the county strategy group (§1.2)");
    }

    private static void checkPeriod(String period) {
        int first = Integer.parseInt(period.substring(2, 4));
        if (Integer.parseInt(period.substring(5)) != (first + 1) % 100) {
            throw new RuleViolated("A plan is for one year, such as 2015-16; " + period + " is not");
        }
    }

    /**
     * An agreement adopts countywide priorities; a CSP's plan its own local priorities
     * and countywide ones.
     */
    private void checkPriorities(PlanKind kind, Group partnership, List<String> priorityIds) {
        for (String priorityId : priorityIds) {
            Priority priority = priorities.active(priorityId);
            boolean fits = priority.scope() == Scope.COUNTYWIDE
                    || kind == PlanKind.PARTNERSHIP_PLAN && priority.partnershipId().equals(partnership.id());
            if (!fits) {
                throw new RuleViolated("'" + priority.title() + "' is a local priority of '" + priority.partnershipId()
                        + "'; " + partnership.name() + "'s plan adopts its own and countywide priorities only");
            }
        }
    }

    private Plan managed(String id, String ifMatch, Standing standing) {
        Plan plan = get(id);
        standing.checkManages(directory.group(plan.partnershipId(), "partnership"));
        ETags.checkIfMatch(ifMatch, plan.version());
        return plan;
    }

    private LocalDate dayOf(PlanStepRequest request) {
        return request == null || request.on() == null ? UkCalendar.today(clock) : request.on();
    }

    private Plan write(Changed<Plan, ?> change) {
        return store.update(change.aggregate(), List.of(change.event()));
    }

}
