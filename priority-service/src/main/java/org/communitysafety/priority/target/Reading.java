package org.communitysafety.priority.target;

import java.time.LocalDate;

/**
 * One dated measurement of a target's measure, with the RAG status it gave the target.
 *
 * @param value the measured value
 * @param readOn the day it measures
 * @param source where it comes from, e.g. "Police recorded crime"
 * @param rag the status by the trajectory rule
 */
public record Reading(double value, LocalDate readOn, String source, Rag rag) {
}
