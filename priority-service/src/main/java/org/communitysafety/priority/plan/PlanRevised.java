package org.communitysafety.priority.plan;

import java.util.List;

import org.communitysafety.servicedefaults.events.DomainEvent;
import org.communitysafety.servicedefaults.events.EventType;

/**
 * A draft plan, or one under review, changed its title or the priorities it adopts.
 * Contract: {@code contracts/events/plan-revised.v1.schema.json}.
 *
 * @param planId the plan
 * @param kind {@code PARTNERSHIP_PLAN} or {@code COUNTY_AGREEMENT}
 * @param partnershipId the CSP, or the county strategy group for the agreement
 * @param title its title
 * @param period the plan year, e.g. {@code 2015-16}
 * @param priorityIds the priorities it adopts
 */
@EventType("org.communitysafety.priority.plan-revised.v1")
public record PlanRevised(String planId, PlanKind kind, String partnershipId, String title, String period,
        List<String> priorityIds) implements DomainEvent {
}
