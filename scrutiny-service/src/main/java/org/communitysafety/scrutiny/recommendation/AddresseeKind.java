package org.communitysafety.scrutiny.recommendation;

/** Whom a recommendation is addressed to. */
public enum AddresseeKind {

    /** A responsible authority (or other organisation) on the platform. */
    ORGANISATION,

    /** A community safety partnership or other group on the platform. */
    PARTNERSHIP

}
