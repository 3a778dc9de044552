package org.communitysafety.notification.delivery;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where an email is on its way: {@code QUEUED -> SENDING -> SENT}, or after a failed
 * attempt {@code RETRYING -> SENDING -> ...} until it is {@code SENT} or, after the last
 * attempt, {@code FAILED}. One not finished when its recipient is erased is
 * {@code CANCELLED}.
 */
public enum DeliveryState {

    /** Waiting for its first attempt. */
    QUEUED,

    /** Claimed by one replica for an attempt, until its lease expires. */
    SENDING,

    /** The SMTP server accepted it. */
    SENT,

    /** An attempt failed; another is due at its next attempt time. */
    RETRYING,

    /** The last attempt failed; no more will be made. */
    FAILED,

    /**
     * Withdrawn before it was sent, because its recipient was erased; no more attempts
     * will be made.
     */
    CANCELLED;

    /** The states a delivery may still leave, by an attempt or by a lease expiring. */
    static final Set<DeliveryState> UNFINISHED = EnumSet.of(QUEUED, SENDING, RETRYING);

}
