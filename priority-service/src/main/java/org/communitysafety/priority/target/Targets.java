package org.communitysafety.priority.target;

import java.time.Clock;
import java.util.Collection;
import java.util.List;

import org.communitysafety.priority.access.Standing;
import org.communitysafety.priority.outcome.Outcomes;
import org.communitysafety.priority.priority.Priorities;
import org.communitysafety.priority.priority.Priority;
import org.communitysafety.priority.replica.Directory;
import org.communitysafety.servicedefaults.calendar.UkCalendar;
import org.communitysafety.servicedefaults.outbox.AggregateStore;
import org.communitysafety.servicedefaults.problem.ResourceNotFound;
import org.communitysafety.servicedefaults.web.ETags;
import org.springframework.stereotype.Service;

/**
 * The use cases of targets: setting them on a priority and recording their readings (by
 * those who manage the partnership that holds the priority), and reading them.
 */
@Service
public class Targets {

    private final TargetRepository repository;

    private final Priorities priorities;

    private final Outcomes outcomes;

    private final Directory directory;

    private final AggregateStore store;

    private final Clock clock;

    Targets(TargetRepository repository, Priorities priorities, Outcomes outcomes, Directory directory,
            AggregateStore store, Clock clock) {
        this.repository = repository;
        this.priorities = priorities;
        this.outcomes = outcomes;
        this.directory = directory;
        this.store = store;
        this.clock = clock;
    }

    /**
     * Sets a target; the id is given only by the baseline, so a second load sets none.
     */
    public Target set(String id, String priorityId, SetTargetRequest request, Standing standing) {
        Priority priority = priorities.active(priorityId);
        standing.checkManages(directory.group(priority.partnershipId(), "partnership"));
        if (request.outcome() != null) {
            outcomes.requireKnown(List.of(request.outcome()));
        }
        var set = Target.set(id, priority.partnershipId(), priority.id(), request);
        return store.insert(set.aggregate(), List.of(set.event()));
    }

    Target record(String id, RecordReadingRequest request, String ifMatch, Standing standing) {
        Target target = get(id);
        standing.checkManages(directory.group(target.partnershipId(), "partnership"));
        ETags.checkIfMatch(ifMatch, target.version());
        var recorded = target.record(request, UkCalendar.today(clock));
        return store.update(recorded.aggregate(), List.of(recorded.event()));
    }

    public Target get(String id) {
        return repository.findById(id).orElseThrow(() -> new ResourceNotFound("No target '" + id + "'"));
    }

    public List<Target> of(String priorityId) {
        return repository.findByPriorityIdOrderByMeasure(priorityId);
    }

    public List<Target> ofAll(Collection<String> priorityIds) {
        return repository.findByPriorityIdIn(priorityIds);
    }

}
