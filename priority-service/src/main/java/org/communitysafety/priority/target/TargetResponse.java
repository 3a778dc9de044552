package org.communitysafety.priority.target;

import java.time.LocalDate;
import java.util.List;

/**
 * A target with its readings and status, as the API shows it; each reading keeps the
 * status it gave, so the readings are also the history of the target's RAG.
 *
 * @param id the target
 * @param priority the priority it measures
 * @param partnership the partnership that holds the priority
 * @param measure what is measured
 * @param unit the unit of the values
 * @param direction which way the measure should move
 * @param baseline the value it starts from
 * @param baselineOn the day of the baseline
 * @param target the value to reach
 * @param deadline the day to reach it by
 * @param outcome the outcome it measures, if any
 * @param readings its readings, oldest first
 * @param rag its status now
 * @param version its version, also its ETag
 */
public record TargetResponse(String id, String priority, String partnership, String measure, String unit,
        Direction direction, double baseline, LocalDate baselineOn, double target, LocalDate deadline, String outcome,
        List<Reading> readings, Rag rag, long version) {

    static TargetResponse of(Target target) {
        return new TargetResponse(target.id(), target.priorityId(), target.partnershipId(), target.measure(),
                target.unit(), target.direction(), target.baseline(), target.baselineOn(), target.target(),
                target.deadline(), target.outcomeId(), target.readings(), target.rag(), target.version());
    }
}
