package org.communitysafety.notification.preference;

/** How a member wants alerts of one kind. */
public enum Choice {

    /** Each alert by email as soon as it happens (the default). */
    AT_ONCE,

    /** The week's alerts of the kind together, in one email after the week ends. */
    WEEKLY_DIGEST,

    /** None. */
    NEVER

}
