package org.communitysafety.priority.target;

import java.time.LocalDate;

import org.communitysafety.servicedefaults.events.DomainEvent;
import org.communitysafety.servicedefaults.events.EventType;

/**
 * A target was set for a priority. Contract:
 * {@code contracts/events/target-set.v1.schema.json}.
 *
 * @param targetId the target
 * @param priorityId the priority it measures
 * @param partnershipId the partnership that holds the priority
 * @param measure what is measured
 * @param unit the unit of the values
 * @param direction {@code REDUCE} or {@code INCREASE}
 * @param baseline the value it starts from
 * @param baselineOn the day of the baseline
 * @param target the value to reach
 * @param deadline the day to reach it by
 * @param outcomeId the outcome it measures, if any
 */
@EventType("org.communitysafety.priority.target-set.v1")
public record TargetSet(String targetId, String priorityId, String partnershipId, String measure, String unit,
        Direction direction, double baseline, LocalDate baselineOn, double target, LocalDate deadline,
        String outcomeId) implements DomainEvent {
}
