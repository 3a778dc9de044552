package org.communitysafety.priority.action;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.communitysafety.servicedefaults.validation.InputRules;

/**
 * Completes an action.
 *
 * @param evidence what shows it was done
 * @param completedOn the day it was completed (default today)
 */
public record CompleteActionRequest(@NotBlank @Size(max = InputRules.MAX_TEXT) String evidence, LocalDate completedOn) {
}
