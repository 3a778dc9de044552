package org.communitysafety.scrutiny.body;

/** How a member came to sit on a scrutiny body. */
public enum MemberKind {

    /** A councillor appointed by a local authority holding a seat. */
    COUNCILLOR,

    /** A co-opted independent member, appointed by the body itself. */
    CO_OPTED_INDEPENDENT

}
