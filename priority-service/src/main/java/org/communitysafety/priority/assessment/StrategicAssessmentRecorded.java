package org.communitysafety.priority.assessment;

import java.time.LocalDate;
import java.util.List;

import org.communitysafety.servicedefaults.events.DomainEvent;
import org.communitysafety.servicedefaults.events.EventType;

/**
 * A partnership's strategic assessment was begun or completed; the data is the assessment
 * as it now is. Contract:
 * {@code contracts/events/strategic-assessment-recorded.v1.schema.json}.
 *
 * @param assessmentId the assessment
 * @param partnershipId the CSP
 * @param year the calendar year it is undertaken in
 * @param status {@code IN_PROGRESS} or {@code COMPLETED}
 * @param startedOn when it began
 * @param completedOn when it was completed
 * @param findings what it found
 * @param recommendedPriorities the priorities it recommends
 */
@EventType("org.communitysafety.priority.strategic-assessment-recorded.v1")
public record StrategicAssessmentRecorded(String assessmentId, String partnershipId, int year, AssessmentStatus status,
        LocalDate startedOn, LocalDate completedOn, String findings,
        List<String> recommendedPriorities) implements DomainEvent {
}
