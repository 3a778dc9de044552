package org.communitysafety.priority.thread;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.communitysafety.priority.action.Action;
import org.communitysafety.priority.action.Actions;
import org.communitysafety.priority.outcome.Framework;
import org.communitysafety.priority.outcome.Outcome;
import org.communitysafety.priority.outcome.Outcomes;
import org.communitysafety.priority.priority.Priorities;
import org.communitysafety.priority.priority.Priority;
import org.communitysafety.priority.target.Rag;
import org.communitysafety.priority.target.Target;
import org.communitysafety.priority.target.Targets;
import org.communitysafety.servicedefaults.calendar.UkCalendar;
import org.springframework.stereotype.Service;

/**
 * The golden thread: from an outcome of the Police and Crime Plan down through the
 * countywide priorities that serve it, the local priorities that take those forward, and
 * the targets and actions of each, with a RAG status at every level.
 *
 * <p>
 * The roll-up rule: a target's status is its latest reading's
 * ({@link org.communitysafety.priority.target.Trajectory}); a priority's is
 * {@link Rag#rollUp} of its own targets' and its local priorities' statuses; an outcome's
 * is the roll-up of the priorities serving it. So the worst reading anywhere below shows
 * at the top, and a part with no reading yet neither helps nor harms. Actions do not set
 * a status: they are shown with whether each is overdue today.
 */
@Service
public class GoldenThread {

    private final Outcomes outcomes;

    private final Priorities priorities;

    private final Targets targets;

    private final Actions actions;

    private final Clock clock;

    GoldenThread(Outcomes outcomes, Priorities priorities, Targets targets, Actions actions, Clock clock) {
        this.outcomes = outcomes;
        this.priorities = priorities;
        this.targets = targets;
        this.actions = actions;
        this.clock = clock;
    }

    /** The thread of every Police and Crime Plan outcome. */
    List<ThreadNode.OutcomeNode> all() {
        return threadsOf(outcomes.all()
            .stream()
            .filter(outcome -> outcome.framework() == Framework.POLICE_AND_CRIME_PLAN)
            .toList());
    }

    ThreadNode.OutcomeNode of(String outcomeId) {
        return threadsOf(List.of(outcomes.get(outcomeId))).get(0);
    }

    /**
     * The outcomes' threads, with what is below all their priorities read once for all of
     * them rather than once per outcome.
     */
    private List<ThreadNode.OutcomeNode> threadsOf(List<Outcome> plan) {
        LocalDate today = UkCalendar.today(clock);
        Map<String, List<Priority>> rootsOf = new LinkedHashMap<>();
        plan.forEach(outcome -> rootsOf.put(outcome.id(),
                priorities.serving(outcome.id()).stream().filter(Priority::isActive).toList()));
        Below below = below(rootsOf.values().stream().flatMap(List::stream).toList());
        return plan.stream().map(outcome -> {
            List<ThreadNode.PriorityNode> serving = rootsOf.get(outcome.id())
                .stream()
                .map(priority -> below.node(priority, today))
                .toList();
            return new ThreadNode.OutcomeNode(outcome.id(), outcome.title(), outcome.framework(), outcome.period(),
                    Rag.rollUp(serving.stream().map(ThreadNode.PriorityNode::rag).toList()), serving);
        }).toList();
    }

    /** One priority with what is below it, its status by the same roll-up rule. */
    public ThreadNode.PriorityNode priority(Priority priority) {
        return below(List.of(priority)).node(priority, UkCalendar.today(clock));
    }

    /**
     * Everything below the priorities, read with one query per level of local priorities
     * and one each for all their targets and all their actions, not three per priority:
     * at ten times the county the thread has hundreds of priorities.
     */
    private Below below(List<Priority> roots) {
        Map<String, List<Priority>> localUnder = new HashMap<>();
        Set<String> all = new LinkedHashSet<>();
        List<String> level = roots.stream().map(Priority::id).filter(all::add).toList();
        while (!level.isEmpty()) {
            List<Priority> children = priorities.localUnderAny(level).stream().filter(Priority::isActive).toList();
            children
                .forEach(child -> localUnder.computeIfAbsent(child.parentId(), parent -> new ArrayList<>()).add(child));
            // A priority already in the thread is not read again, so no chain of parents
            // can loop.
            level = children.stream().map(Priority::id).filter(all::add).toList();
        }
        Map<String, List<Target>> targetsOf = targets.ofAll(all)
            .stream()
            .sorted(Comparator.comparing(Target::measure, Comparator.nullsFirst(Comparator.naturalOrder())))
            .collect(Collectors.groupingBy(Target::priorityId));
        Map<String, List<Action>> actionsOf = actions.of(all)
            .stream()
            .collect(Collectors.groupingBy(Action::priorityId));
        return new Below(localUnder, targetsOf, actionsOf);
    }

    private record Below(Map<String, List<Priority>> localUnder, Map<String, List<Target>> targetsOf,
            Map<String, List<Action>> actionsOf) {

        ThreadNode.PriorityNode node(Priority priority, LocalDate today) {
            List<ThreadNode.TargetNode> measured = targetsOf.getOrDefault(priority.id(), List.of())
                .stream()
                .map(ThreadNode.TargetNode::of)
                .toList();
            List<ThreadNode.PriorityNode> local = localUnder.getOrDefault(priority.id(), List.of())
                .stream()
                .map(child -> node(child, today))
                .toList();
            List<ThreadNode.ActionNode> delivering = actionsOf.getOrDefault(priority.id(), List.of())
                .stream()
                .map(action -> ThreadNode.ActionNode.of(action, today))
                .toList();
            List<Rag> parts = new ArrayList<>();
            measured.forEach(target -> parts.add(target.rag()));
            local.forEach(child -> parts.add(child.rag()));
            return new ThreadNode.PriorityNode(priority.id(), priority.title(), priority.scope(),
                    priority.partnershipId(), priority.leadGroupId(), Rag.rollUp(parts), measured, delivering, local);
        }

    }

}
