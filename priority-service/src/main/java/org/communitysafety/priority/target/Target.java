package org.communitysafety.priority.target;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import org.communitysafety.servicedefaults.aggregate.Changed;
import org.communitysafety.servicedefaults.problem.RuleViolated;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * An outcome target of a priority (§4.1, §4.4), e.g. "a reduction of at least 40% in
 * violent crime", with its dated readings; its status follows from them by the
 * {@link Trajectory} rule.
 *
 * @param id the target
 * @param version its version, also its ETag
 * @param priorityId the priority it measures
 * @param partnershipId the partnership that holds the priority
 * @param measure what is measured
 * @param unit the unit of the values, e.g. {@code offences}
 * @param direction which way the measure should move
 * @param baseline the value it starts from
 * @param baselineOn the day of the baseline
 * @param target the value to reach
 * @param deadline the day to reach it by
 * @param outcomeId the outcome of another body's plan it measures, if any
 * @param readings its readings in the order of their dates
 */
@Document("targets")
public record Target(@Id String id, @Version Long version, String priorityId, String partnershipId, String measure,
        String unit, Direction direction, double baseline, LocalDate baselineOn, double target, LocalDate deadline,
        String outcomeId, List<Reading> readings) {

    static Changed<Target, TargetSet> set(String id, String partnershipId, String priorityId,
            SetTargetRequest request) {
        if (!request.deadline().isAfter(request.baselineOn())) {
            throw new RuleViolated("The deadline " + request.deadline() + " must come after the baseline date "
                    + request.baselineOn());
        }
        double planned = request.target() - request.baseline();
        if (request.direction() == Direction.REDUCE ? planned >= 0 : planned <= 0) {
            throw new RuleViolated("To " + request.direction().name().toLowerCase() + " from " + request.baseline()
                    + ", the target must be " + (request.direction() == Direction.REDUCE ? "lower" : "higher"));
        }
        Target target = new Target(id == null ? UUID.randomUUID().toString() : id, null, priorityId, partnershipId,
                request.measure().strip(), request.unit(), request.direction(), request.baseline(),
                request.baselineOn(), request.target(), request.deadline(), request.outcome(), List.of());
        return new Changed<>(target,
                new TargetSet(target.id, priorityId, partnershipId, target.measure, target.unit, target.direction,
                        target.baseline, target.baselineOn, target.target, target.deadline, target.outcomeId));
    }

    Changed<Target, TargetReadingRecorded> record(RecordReadingRequest request, LocalDate today) {
        if (request.readOn().isAfter(today)) {
            throw new RuleViolated("A reading on " + request.readOn() + " is in the future; today is " + today);
        }
        if (request.readOn().isBefore(baselineOn)) {
            throw new RuleViolated("A reading on " + request.readOn() + " is before the baseline date " + baselineOn);
        }
        if (readings.stream().anyMatch(reading -> reading.readOn().equals(request.readOn()))) {
            throw new RuleViolated("There is already a reading on " + request.readOn() + " for '" + measure + "'");
        }
        Reading reading = new Reading(request.value(), request.readOn(), request.source().strip(),
                trajectory().ragOf(request.value(), request.readOn()));
        List<Reading> recorded = new ArrayList<>(readings);
        recorded.add(reading);
        recorded.sort(Comparator.comparing(Reading::readOn));
        Target changed = new Target(id, version, priorityId, partnershipId, measure, unit, direction, baseline,
                baselineOn, target, deadline, outcomeId, List.copyOf(recorded));
        return new Changed<>(changed, new TargetReadingRecorded(id, priorityId, partnershipId, measure, reading.value(),
                reading.readOn(), reading.source(), reading.rag(), changed.rag()));
    }

    public Trajectory trajectory() {
        return new Trajectory(direction, baseline, baselineOn, target, deadline);
    }

    /** The status of the latest reading, or none yet. */
    public Rag rag() {
        return latestReading() == null ? Rag.NO_READING : latestReading().rag();
    }

    public Reading latestReading() {
        return readings.isEmpty() ? null : readings.get(readings.size() - 1);
    }

}
