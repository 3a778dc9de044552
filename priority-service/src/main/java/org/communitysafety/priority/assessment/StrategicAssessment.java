package org.communitysafety.priority.assessment;

import java.time.LocalDate;
import java.util.List;

import org.communitysafety.servicedefaults.aggregate.Changed;
import org.communitysafety.servicedefaults.problem.RuleViolated;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A partnership's strategic assessment of a year (§1.2, §4.2): analysis of progress on
 * the priorities and what they should be for the following year, undertaken between June
 * and October (§6.4).
 *
 * @param id {@code <partnership>-<year>}: one a year per partnership
 * @param version its version, also its ETag
 * @param partnershipId the CSP
 * @param year the calendar year it is undertaken in
 * @param startedOn when it began
 * @param completedOn when it was completed
 * @param findings what it found
 * @param recommendedPriorities the priorities it recommends
 * @param status in progress or completed
 */
@Document("strategic_assessments")
public record StrategicAssessment(@Id String id, @Version Long version, String partnershipId, int year,
        LocalDate startedOn, LocalDate completedOn, String findings, List<String> recommendedPriorities,
        AssessmentStatus status) {

    static Changed<StrategicAssessment, StrategicAssessmentRecorded> start(String partnershipId, LocalDate on) {
        checkInWindow(on, on.getYear(), "begin");
        StrategicAssessment assessment = new StrategicAssessment(partnershipId + "-" + on.getYear(), null,
                partnershipId, on.getYear(), on, null, null, List.of(), AssessmentStatus.IN_PROGRESS);
        return new Changed<>(assessment, assessment.recorded());
    }

    Changed<StrategicAssessment, StrategicAssessmentRecorded> complete(CompleteAssessmentRequest request,
            LocalDate on) {
        if (status == AssessmentStatus.COMPLETED) {
            throw new RuleViolated("This assessment was completed on " + completedOn);
        }
        checkInWindow(on, year, "be completed");
        if (on.isBefore(startedOn)) {
            throw new RuleViolated("It cannot be completed on " + on + ", before it began on " + startedOn);
        }
        StrategicAssessment completed = new StrategicAssessment(id, version, partnershipId, year, startedOn, on,
                request.findings().strip(), List.copyOf(request.recommendedPriorities()), AssessmentStatus.COMPLETED);
        return new Changed<>(completed, completed.recorded());
    }

    /**
     * An assessment carried out before §6.4 set the window (the 2015-16 assessments were
     * produced in February 2015, §4.2), recorded as the source gives it.
     */
    static Changed<StrategicAssessment, StrategicAssessmentRecorded> historical(String id, String partnershipId,
            int year, LocalDate completedOn, String findings, List<String> recommended) {
        StrategicAssessment assessment = new StrategicAssessment(id, null, partnershipId, year, null, completedOn,
                findings, List.copyOf(recommended), AssessmentStatus.COMPLETED);
        return new Changed<>(assessment, assessment.recorded());
    }

    private StrategicAssessmentRecorded recorded() {
        return new StrategicAssessmentRecorded(id, partnershipId, year, status, startedOn, completedOn, findings,
                recommendedPriorities);
    }

    private static void checkInWindow(LocalDate on, int year, String what) {
        if (!AssessmentWindow.includes(year, on)) {
            throw new RuleViolated("A strategic assessment is undertaken between June and October (§6.4); it cannot "
                    + what + " on " + on + ", outside " + AssessmentWindow.opensOn(year) + " to "
                    + AssessmentWindow.closesOn(year));
        }
    }

}
