package org.communitysafety.priority.plan;

import java.time.LocalDate;

import org.communitysafety.servicedefaults.events.DomainEvent;
import org.communitysafety.servicedefaults.events.EventType;

/**
 * An agreed plan was published; from now on it is open data. Contract:
 * {@code contracts/events/plan-published.v1.schema.json}.
 *
 * @param planId the plan
 * @param kind {@code PARTNERSHIP_PLAN} or {@code COUNTY_AGREEMENT}
 * @param partnershipId the CSP, or the county strategy group for the agreement
 * @param title its title
 * @param period the plan year, e.g. {@code 2015-16}
 * @param publishedOn the day it was published
 * @param reviewDue the day its review falls due
 */
@EventType("org.communitysafety.priority.plan-published.v1")
public record PlanPublished(String planId, PlanKind kind, String partnershipId, String title, String period,
        LocalDate publishedOn, LocalDate reviewDue) implements DomainEvent {
}
