package org.communitysafety.priority.priority;

/**
 * A priority is pursued until the partnership retires it; a retired one keeps its record.
 */
public enum PriorityStatus {

    ACTIVE, RETIRED

}
