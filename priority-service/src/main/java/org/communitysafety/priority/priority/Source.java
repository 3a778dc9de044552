package org.communitysafety.priority.priority;

/** Where a priority comes from (§4.2-4.7). */
public enum Source {

    /** The partnership strategic assessment (§4.2). */
    STRATEGIC_ASSESSMENT,
    /** The Police Control Strategy (§4.3). */
    POLICE_CONTROL_STRATEGY,
    /** The Police and Crime Plan (§4.4). */
    POLICE_AND_CRIME_PLAN,
    /** Public attitude surveys (§4.5). */
    PUBLIC_ATTITUDE_SURVEY,
    /** A new statutory duty, such as Prevent (§4.6). */
    NEW_STATUTORY_DUTY,
    /** A partnership decision, such as the organised crime seminar's (§4.7). */
    PARTNERSHIP_DECISION

}
