package org.communitysafety.priority.baseline;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.communitysafety.priority.outcome.RecordOutcomeRequest;
import org.communitysafety.priority.priority.AdoptPriorityRequest;
import org.communitysafety.priority.target.SetTargetRequest;

/**
 * The 2015-16 baseline as the source gives it ({@code baseline/priority-baseline.json}):
 * the Police and Crime Plan outcomes and Police Control Strategy priorities, the six
 * countywide priorities with their sources and lead groups, the violent crime target, the
 * strategic assessments and the agreement. Every item has a fixed id, so loading it again
 * finds it present.
 *
 * @param source where it comes from
 * @param outcomes §4.3 and §4.4
 * @param priorities §4.8
 * @param targets §4.4's "a reduction of at least 40% in violent crime"
 * @param assessments §4.2, recorded for each of the six CSPs
 * @param agreement §1.2-1.5
 */
record PriorityBaseline(String source, List<RecordOutcomeRequest> outcomes, List<BaselinePriority> priorities,
        List<BaselineTarget> targets, BaselineAssessments assessments, BaselineAgreement agreement) {

    record BaselinePriority(String id, String title, String theme, String scope, String partnership, String leadGroup,
            List<String> sources, List<String> outcomes, String since) {

        AdoptPriorityRequest request() {
            return new AdoptPriorityRequest(title, theme, org.communitysafety.priority.priority.Scope.valueOf(scope),
                    partnership, leadGroup,
                    sources.stream().map(org.communitysafety.priority.priority.Source::valueOf).toList(), null,
                    outcomes, since);
        }
    }

    record BaselineTarget(String id, String priority, String measure, String unit, String direction, double baseline,
            LocalDate baselineOn, double target, LocalDate deadline, String outcome) {

        SetTargetRequest request() {
            return new SetTargetRequest(measure, unit, org.communitysafety.priority.target.Direction.valueOf(direction),
                    baseline, baselineOn, target, deadline, outcome);
        }
    }

    record BaselineAssessments(int year, String period, List<String> partnerships, LocalDate completedOn,
            String findings, List<String> recommendedPriorities) {
    }

    record BaselineAgreement(String partnership, String title, String period, LocalDate agreedOn,
            LocalDate publishedOn) {
    }

    /** The groups the baseline names, which the replica must know before it loads. */
    Set<String> groups() {
        Set<String> groups = new TreeSet<>();
        priorities.forEach(priority -> {
            groups.add(priority.partnership());
            groups.add(priority.leadGroup());
        });
        groups.add(agreement.partnership());
        groups.addAll(assessments.partnerships());
        return groups;
    }

    Set<String> organisations() {
        Set<String> owners = new TreeSet<>();
        outcomes.forEach(outcome -> owners.add(outcome.owner()));
        return owners;
    }

}
