package org.communitysafety.priority.plan;

import java.time.LocalDate;

import org.communitysafety.servicedefaults.events.DomainEvent;
import org.communitysafety.servicedefaults.events.EventType;

/**
 * A plan reached its review date with no review started (time-caused, once per cycle).
 * Contract: {@code contracts/events/plan-review-due.v1.schema.json}.
 *
 * @param planId the plan
 * @param kind {@code PARTNERSHIP_PLAN} or {@code COUNTY_AGREEMENT}
 * @param partnershipId the CSP, or the county strategy group for the agreement
 * @param title its title
 * @param period the plan year, e.g. {@code 2015-16}
 * @param reviewDue the day its review falls due
 */
@EventType("org.communitysafety.priority.plan-review-due.v1")
public record PlanReviewDue(String planId, PlanKind kind, String partnershipId, String title, String period,
        LocalDate reviewDue) implements DomainEvent {
}
