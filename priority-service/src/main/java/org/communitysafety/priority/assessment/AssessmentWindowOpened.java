package org.communitysafety.priority.assessment;

import java.time.LocalDate;

import org.communitysafety.servicedefaults.events.DomainEvent;
import org.communitysafety.servicedefaults.events.EventType;

/**
 * The year's strategic assessment window opened (§6.4; time-caused, once a year).
 * Contract: {@code contracts/events/assessment-window-opened.v1.schema.json}.
 *
 * @param year the calendar year
 * @param opensOn the first day of the window
 * @param closesOn the last day of the window
 */
@EventType("org.communitysafety.priority.assessment-window-opened.v1")
public record AssessmentWindowOpened(int year, LocalDate opensOn, LocalDate closesOn) implements DomainEvent {
}
