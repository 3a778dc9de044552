package org.communitysafety.notification.events;

import java.time.LocalDate;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * This service's reading of {@code org.communitysafety.priority.target-set.v1} (contract:
 * the priority service's {@code contracts/events/target-set.v1.schema.json}): an outcome
 * target was set for a priority, from a baseline to a target value by a deadline.
 *
 * @param targetId the target
 * @param priorityId the priority it measures
 * @param partnershipId the group that holds the priority
 * @param measure what is measured
 * @param unit the measure's unit, if given
 * @param direction {@code REDUCE} or {@code INCREASE}
 * @param baseline the value it starts from
 * @param target the value to reach
 * @param deadline by when
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record TargetSet(String targetId, String priorityId, String partnershipId, String measure, String unit,
        String direction, Double baseline, Double target, LocalDate deadline) {

    public static final String TYPE = "org.communitysafety.priority.target-set.v1";

    public TargetSet {
        Required.text(targetId, "targetId");
        Required.text(priorityId, "priorityId");
        Required.text(measure, "measure");
    }

}
