package org.communitysafety.priority.priority;

/** Whether a priority is the county's or one CSP's (§4.8-4.9). */
public enum Scope {

    /** A countywide strategic priority, held by the county strategy group (§4.8). */
    COUNTYWIDE,
    /** A CSP's own priority, determined taking countywide issues into account (§4.9). */
    LOCAL

}
