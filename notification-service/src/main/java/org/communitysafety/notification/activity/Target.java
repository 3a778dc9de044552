package org.communitysafety.notification.activity;

import java.time.Instant;
import java.time.LocalDate;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * This service's replica of an outcome target and its latest reading (priority service).
 *
 * @param targetId the target
 * @param priorityId the priority it measures
 * @param measure what is measured
 * @param unit the unit, if given
 * @param direction {@code REDUCE} or {@code INCREASE}
 * @param baseline where it starts
 * @param target the value to reach
 * @param deadline by when
 * @param definedAsOf the time of the newest target-set event applied
 * @param latestValue the latest reading, if any
 * @param latestReadOn the day of the latest reading
 * @param latestSource where the latest reading comes from
 * @param rag the target's status after its latest reading ({@code GREEN}, {@code AMBER},
 * {@code RED}, {@code NO_READING})
 */
@Document(Target.COLLECTION)
record Target(@Id String targetId, String priorityId, String measure, String unit, String direction, Double baseline,
        Double target, LocalDate deadline, Instant definedAsOf, Double latestValue, LocalDate latestReadOn,
        String latestSource, String rag) {

    static final String COLLECTION = "activity-targets";

}
