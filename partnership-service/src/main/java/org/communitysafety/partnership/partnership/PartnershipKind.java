package org.communitysafety.partnership.partnership;

/** The kinds of group in the county's community safety arrangements (source §6.1-6.7). */
public enum PartnershipKind {

    /** A district Community Safety Partnership (§6.1). */
    DISTRICT_CSP,
    /** The statutory countywide community safety strategy group (§6.3). */
    COUNTY_STRATEGY_GROUP,
    /** A countywide delivery group, e.g. ASB and hate crime (§6.5). */
    COUNTYWIDE_DELIVERY_GROUP,
    /** A sub-group, e.g. the CSE and missing sub-group (§6.6). */
    SUB_GROUP,
    /** The Community Safety Managers Group. */
    MANAGERS_GROUP

}
