package org.communitysafety.priority.plan;

import java.util.List;

import org.communitysafety.servicedefaults.events.DomainEvent;
import org.communitysafety.servicedefaults.events.EventType;

/**
 * A partnership drafted a plan or the county agreement for a year. Contract:
 * {@code contracts/events/plan-drafted.v1.schema.json}.
 *
 * @param planId the plan
 * @param kind {@code PARTNERSHIP_PLAN} or {@code COUNTY_AGREEMENT}
 * @param partnershipId the CSP, or the county strategy group for the agreement
 * @param title its title
 * @param period the plan year, e.g. {@code 2015-16}
 * @param priorityIds the priorities it adopts
 */
@EventType("org.communitysafety.priority.plan-drafted.v1")
public record PlanDrafted(String planId, PlanKind kind, String partnershipId, String title, String period,
        List<String> priorityIds) implements DomainEvent {
}
