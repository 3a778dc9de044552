package org.communitysafety.priority.calendar;

/** Met (with its evidence), due (its day has not passed) or overdue (it has, unmet). */
public enum DutyStatus {

    MET, DUE, OVERDUE

}
