package org.communitysafety.priority.target;

/** Which way a measure should move: violent crime down, confidence up. */
public enum Direction {

    REDUCE, INCREASE

}
