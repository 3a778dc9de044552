package org.communitysafety.priority.joinedup;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.communitysafety.priority.action.Action;
import org.communitysafety.priority.action.ActionStatus;
import org.communitysafety.priority.action.Actions;
import org.communitysafety.priority.priority.Priorities;
import org.communitysafety.priority.priority.Priority;
import org.communitysafety.priority.priority.Scope;
import org.communitysafety.servicedefaults.problem.RuleViolated;
import org.springframework.stereotype.Service;

/**
 * Finds candidates for joined-up working: open actions of different CSPs, under local
 * priorities taking forward the same countywide priority, whose titles look like the same
 * work ({@link Likeness}). Community safety issues do not respect district boundaries
 * (§2.3); the agreement is to identify coordinated or joint working (§1.2).
 */
@Service
class JoinedUpWorking {

    private final Priorities priorities;

    private final Actions actions;

    JoinedUpWorking(Priorities priorities, Actions actions) {
        this.priorities = priorities;
        this.actions = actions;
    }

    List<JointWorkingCandidate> candidates(String countywideId) {
        Priority countywide = priorities.get(countywideId);
        if (countywide.scope() != Scope.COUNTYWIDE) {
            throw new RuleViolated("'" + countywide.title() + "' is a local priority; candidates for joint working "
                    + "are found under a countywide one");
        }
        Map<String, String> localToCsp = priorities.localUnder(countywideId)
            .stream()
            .collect(Collectors.toMap(Priority::id, Priority::partnershipId));
        List<Action> open = actions.of(localToCsp.keySet())
            .stream()
            .filter(action -> action.status() != ActionStatus.COMPLETED)
            .toList();
        List<JointWorkingCandidate> candidates = new ArrayList<>();
        for (int i = 0; i < open.size(); i++) {
            for (int j = i + 1; j < open.size(); j++) {
                Action first = open.get(i);
                Action second = open.get(j);
                Likeness likeness = Likeness.of(first.title(), second.title());
                if (!first.partnershipId().equals(second.partnershipId()) && likeness.alike()) {
                    candidates.add(candidate(countywide, first, second, likeness));
                }
            }
        }
        return candidates;
    }

    private static JointWorkingCandidate candidate(Priority countywide, Action first, Action second,
            Likeness likeness) {
        String why = "Both take forward '" + countywide.title() + "', in " + first.partnershipId() + " and "
                + second.partnershipId() + ", and their titles share " + likeness.shared() + " ("
                + Math.round(likeness.similarity() * 100) + "% alike)";
        return new JointWorkingCandidate(countywide.id(), List.of(first.id(), second.id()),
                List.of(first.partnershipId(), second.partnershipId()), List.of(first.title(), second.title()),
                List.copyOf(likeness.shared()), likeness.similarity(), why);
    }

}
