package org.communitysafety.priority.thread;

import java.time.LocalDate;
import java.util.List;

import org.communitysafety.priority.action.Action;
import org.communitysafety.priority.action.ActionStatus;
import org.communitysafety.priority.outcome.Framework;
import org.communitysafety.priority.priority.Scope;
import org.communitysafety.priority.target.Rag;
import org.communitysafety.priority.target.Reading;
import org.communitysafety.priority.target.Target;

/** The levels of the golden thread, as the API shows them. */
public final class ThreadNode {

    private ThreadNode() {
    }

    /**
     * An outcome and the priorities that serve it.
     *
     * @param id the outcome
     * @param title what it says
     * @param framework the plan it belongs to
     * @param period the years its plan covers
     * @param rag the roll-up of its priorities
     * @param priorities the active countywide (and any other) priorities serving it
     */
    public record OutcomeNode(String id, String title, Framework framework, String period, Rag rag,
            List<PriorityNode> priorities) {
    }

    /**
     * A priority with its targets, actions and the local priorities under it.
     *
     * @param id the priority
     * @param title what it is
     * @param scope countywide or local
     * @param partnership who holds it
     * @param leadGroup who leads it
     * @param rag the roll-up of its targets and local priorities
     * @param targets its targets
     * @param actions its actions
     * @param localPriorities the local priorities taking it forward
     */
    public record PriorityNode(String id, String title, Scope scope, String partnership, String leadGroup, Rag rag,
            List<TargetNode> targets, List<ActionNode> actions, List<PriorityNode> localPriorities) {
    }

    /**
     * A target with its latest reading.
     *
     * @param id the target
     * @param measure what is measured
     * @param target the value to reach
     * @param deadline by when
     * @param latestReading its latest reading, if any
     * @param rag its status
     */
    public record TargetNode(String id, String measure, double target, LocalDate deadline, Reading latestReading,
            Rag rag) {

        static TargetNode of(Target target) {
            return new TargetNode(target.id(), target.measure(), target.target(), target.deadline(),
                    target.latestReading(), target.rag());
        }
    }

    /**
     * An action and whether it is overdue today.
     *
     * @param id the action
     * @param title what is to be done
     * @param ownerOrganisation who owns it
     * @param dueDate by when
     * @param status where it stands
     * @param overdue whether it is still open after its due date
     */
    public record ActionNode(String id, String title, String ownerOrganisation, LocalDate dueDate, ActionStatus status,
            boolean overdue) {

        static ActionNode of(Action action, LocalDate today) {
            return new ActionNode(action.id(), action.title(), action.ownerOrganisationId(), action.dueDate(),
                    action.status(), action.isOverdueOn(today));
        }
    }

}
