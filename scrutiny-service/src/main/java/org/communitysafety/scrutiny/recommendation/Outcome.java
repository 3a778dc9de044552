package org.communitysafety.scrutiny.recommendation;

/** What the addressee decided about a recommendation. */
public enum Outcome {

    ACCEPTED, PARTLY_ACCEPTED, REJECTED

}
