package org.communitysafety.priority.plan;

import java.time.LocalDate;

import org.communitysafety.servicedefaults.events.DomainEvent;
import org.communitysafety.servicedefaults.events.EventType;

/**
 * The review of a published plan began; it is agreed and published again after. Contract:
 * {@code contracts/events/plan-review-started.v1.schema.json}.
 *
 * @param planId the plan
 * @param kind {@code PARTNERSHIP_PLAN} or {@code COUNTY_AGREEMENT}
 * @param partnershipId the CSP, or the county strategy group for the agreement
 * @param title its title
 * @param period the plan year, e.g. {@code 2015-16}
 * @param reviewStartedOn the day the review began
 * @param reviewDue the day its review falls due
 */
@EventType("org.communitysafety.priority.plan-review-started.v1")
public record PlanReviewStarted(String planId, PlanKind kind, String partnershipId, String title, String period,
        LocalDate reviewStartedOn, LocalDate reviewDue) implements DomainEvent {
}
