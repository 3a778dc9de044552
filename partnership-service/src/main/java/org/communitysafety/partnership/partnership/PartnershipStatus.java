package org.communitysafety.partnership.partnership;

/**
 * Where a group is in its life: proposed (§6.7), active, or dissolved; it only ever moves
 * forward.
 */
public enum PartnershipStatus {

    PROPOSED, ACTIVE, DISSOLVED;

    /**
     * Proposed to active or dissolved (a proposal dropped), active to dissolved; nothing
     * after dissolution.
     */
    boolean canBecome(PartnershipStatus next) {
        return switch (this) {
            case PROPOSED -> next == ACTIVE || next == DISSOLVED;
            case ACTIVE -> next == DISSOLVED;
            case DISSOLVED -> false;
        };
    }

}
