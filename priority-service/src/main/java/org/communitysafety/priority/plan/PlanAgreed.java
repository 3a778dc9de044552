package org.communitysafety.priority.plan;

import java.time.LocalDate;

import org.communitysafety.servicedefaults.events.DomainEvent;
import org.communitysafety.servicedefaults.events.EventType;

/**
 * The partnership agreed its plan; its review falls due 12 months later (§1.5). Contract:
 * {@code contracts/events/plan-agreed.v1.schema.json}.
 *
 * @param planId the plan
 * @param kind {@code PARTNERSHIP_PLAN} or {@code COUNTY_AGREEMENT}
 * @param partnershipId the CSP, or the county strategy group for the agreement
 * @param title its title
 * @param period the plan year, e.g. {@code 2015-16}
 * @param agreedOn the day it was agreed
 * @param reviewDue the day its review falls due
 */
@EventType("org.communitysafety.priority.plan-agreed.v1")
public record PlanAgreed(String planId, PlanKind kind, String partnershipId, String title, String period,
        LocalDate agreedOn, LocalDate reviewDue) implements DomainEvent {
}
