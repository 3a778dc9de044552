package org.communitysafety.notification.preference;

/**
 * The kinds of alert a member may choose to receive at once, in a weekly digest or not at
 * all. Each names, for the preferences page and the digest, what the member is told
 * about.
 */
public enum AlertKind {

    APPOINTMENT("your appointments to groups"),

    ACTION_ASSIGNED("actions assigned to your organisation"),

    ACTION_OVERDUE("your organisation's actions that are overdue"),

    PLAN_AGREED("plans and the agreement being agreed"),

    PLAN_PUBLISHED("plans and the agreement being published"),

    PLAN_REVIEW_DUE("plans and the agreement falling due for review"),

    AGREEMENT_DUE_TO_COMMISSIONER("the agreement falling due to the Police and Crime Commissioner"),

    MEETING_SCHEDULED("scrutiny meetings being scheduled"),

    AGENDA_PUBLISHED("scrutiny agendas being published"),

    RECOMMENDATION_AWAITING_RESPONSE("scrutiny recommendations awaiting your response"),

    RESPONSE_OVERDUE("responses to scrutiny recommendations that are overdue"),

    ASSESSMENT_WINDOW_OPENED("the strategic assessment window opening"),

    ASSESSMENT_WINDOW_CLOSED("the strategic assessment window closing"),

    /**
     * The update of community safety activity a group receives at its reporting cadence
     * (§6.3): routine, so it never holds up the alerts queued behind it.
     */
    ACTIVITY_UPDATE("the updates of community safety activity your groups receive", true);

    private final String about;

    private final boolean routine;

    AlertKind(String about) {
        this(about, false);
    }

    AlertKind(String about, boolean routine) {
        this.about = about;
        this.routine = routine;
    }

    /**
     * Whether its emails are routine mailings to many at once, sent after the alerts
     * waiting with them.
     */
    public boolean isRoutine() {
        return routine;
    }

    /** What alerts of this kind are about, completing "alerts about ...". */
    public String about() {
        return about;
    }

}
