package org.communitysafety.partnership.partnership;

/** Where a group is in its life: proposed (§6.7), active, or dissolved. */
public enum PartnershipStatus {
    PROPOSED, ACTIVE, DISSOLVED
}
