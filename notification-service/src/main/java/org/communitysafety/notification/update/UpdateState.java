package org.communitysafety.notification.update;

/**
 * Where an update of community safety activity is: {@code PREPARED} (claimed by one
 * replica, its content fixed), then {@code MAILED} (queued to every member).
 */
public enum UpdateState {

    /**
     * Claimed for its group and period, with what it says; not yet queued to everyone.
     */
    PREPARED,

    /** Queued to every member of the group (or held for their digest, as they chose). */
    MAILED

}
