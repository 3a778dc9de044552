package org.communitysafety.priority.plan;

import java.time.LocalDate;

/**
 * Takes a plan a step on (agreeing, publishing or starting its review).
 *
 * @param on the day the step was taken (default today)
 */
public record PlanStepRequest(LocalDate on) {
}
