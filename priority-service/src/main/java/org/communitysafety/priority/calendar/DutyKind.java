package org.communitysafety.priority.calendar;

/** The statutory duties the platform's data implies, each with its source. */
public enum DutyKind {

    /** Each CSP's strategic assessment, undertaken between June and October (§6.4). */
    STRATEGIC_ASSESSMENT,
    /** The update to the county strategy group every six months (§6.3). */
    SIX_MONTHLY_UPDATE,
    /** The agreement reviewed every 12 months (§1.5). */
    AGREEMENT_REVIEW,
    /** A copy of the agreement sent to the Police and Crime Commissioner (§1.4). */
    AGREEMENT_TO_COMMISSIONER,
    /**
     * The annually refreshed partnership plan (§1.2, §4.1), and the agreement for the
     * year.
     */
    ANNUAL_PLAN

}
