package org.communitysafety.priority.plan;

/** The two plans of the statutory cycle (§1.2). */
public enum PlanKind {

    /** A CSP's partnership plan, refreshed annually (§1.2, §4.1). */
    PARTNERSHIP_PLAN,
    /**
     * The county community safety agreement, held by the county strategy group
     * (§1.2-1.5).
     */
    COUNTY_AGREEMENT

}
