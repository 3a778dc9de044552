package org.communitysafety.priority.opendata;

import java.time.LocalDate;
import java.util.List;

import org.communitysafety.priority.plan.PlanKind;
import org.communitysafety.priority.priority.Scope;
import org.communitysafety.priority.target.Direction;
import org.communitysafety.priority.target.Rag;

/**
 * A published plan or agreement as open data: what anyone may read without credentials.
 *
 * @param id the plan
 * @param kind partnership plan or county agreement
 * @param partnership the CSP or the county strategy group
 * @param title its title
 * @param period the plan year
 * @param agreedOn when it was agreed
 * @param publishedOn when it was published
 * @param reviewDue when its review falls due
 * @param priorities the priorities it adopts, with their targets and status
 */
public record PublishedPlan(String id, PlanKind kind, String partnership, String title, String period,
        LocalDate agreedOn, LocalDate publishedOn, LocalDate reviewDue, List<PublishedPriority> priorities) {

    /**
     * A priority of a published plan.
     *
     * @param id the priority
     * @param title what it is
     * @param theme its theme
     * @param scope countywide or local
     * @param partnership who holds it
     * @param leadGroup who leads it
     * @param rag its status, rolled up from its targets and local priorities
     * @param targets its targets
     */
    public record PublishedPriority(String id, String title, String theme, Scope scope, String partnership,
            String leadGroup, Rag rag, List<PublishedTarget> targets) {
    }

    /**
     * A target with its latest reading.
     *
     * @param id the target
     * @param measure what is measured
     * @param unit the unit of its values
     * @param direction which way it should move
     * @param baseline the value it starts from
     * @param baselineOn the day of the baseline
     * @param target the value to reach
     * @param deadline by when
     * @param latestValue the latest reading, if any
     * @param latestReadOn the day of the latest reading
     * @param latestSource where the latest reading comes from
     * @param rag its status
     */
    public record PublishedTarget(String id, String measure, String unit, Direction direction, double baseline,
            LocalDate baselineOn, double target, LocalDate deadline, Double latestValue, LocalDate latestReadOn,
            String latestSource, Rag rag) {
    }

}
