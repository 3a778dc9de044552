package org.communitysafety.priority.priority;

import java.time.LocalDate;

/**
 * Retires a priority.
 *
 * @param retiredOn the day it is retired (default today)
 */
public record RetirePriorityRequest(LocalDate retiredOn) {
}
