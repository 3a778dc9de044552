package org.communitysafety.priority.assessment;

import java.time.LocalDate;
import java.util.List;

/**
 * A strategic assessment, as the API shows it.
 *
 * @param id the assessment
 * @param partnership the CSP
 * @param year the calendar year it is undertaken in
 * @param startedOn when it began
 * @param completedOn when it was completed
 * @param findings what it found
 * @param recommendedPriorities the priorities it recommends
 * @param status in progress or completed
 * @param version its version, also its ETag
 */
public record AssessmentResponse(String id, String partnership, int year, LocalDate startedOn, LocalDate completedOn,
        String findings, List<String> recommendedPriorities, AssessmentStatus status, long version) {

    static AssessmentResponse of(StrategicAssessment assessment) {
        return new AssessmentResponse(assessment.id(), assessment.partnershipId(), assessment.year(),
                assessment.startedOn(), assessment.completedOn(), assessment.findings(),
                assessment.recommendedPriorities(), assessment.status(), assessment.version());
    }
}
