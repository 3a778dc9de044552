package org.communitysafety.priority.outcome;

/** The county's plans the partnerships' priorities answer to. */
public enum Framework {

    /** The Police and Crime Commissioner's Police and Crime Plan (§4.4). */
    POLICE_AND_CRIME_PLAN,
    /** The police force's Control Strategy (§4.3). */
    POLICE_CONTROL_STRATEGY

}
