package org.communitysafety.partnership.membership;

/** A representative's part on a group. */
public enum RoleOnGroup {

    CHAIR, VICE_CHAIR, MEMBER, ADVISER

}
