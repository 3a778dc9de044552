package org.communitysafety.partnership.organisation;

/** The kinds of agency that take part in community safety (source §6.2-6.5). */
public enum OrganisationType {

    DISTRICT_OR_BOROUGH_COUNCIL, COUNTY_COUNCIL, POLICE, FIRE_AND_RESCUE, PROBATION, HEALTH, YOUTH_OFFENDING,
    POLICE_AND_CRIME_COMMISSIONER, VOLUNTARY, FAITH_BASED, OTHER

}
