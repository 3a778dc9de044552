package org.communitysafety.priority.action;

/**
 * Where the owner says an action stands. Overdue is not a status anyone types: it follows
 * from the due date and today (see {@link Action#isOverdueOn}).
 */
public enum ActionStatus {

    NOT_STARTED, IN_PROGRESS, COMPLETED

}
