package org.communitysafety.priority.assessment;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.communitysafety.servicedefaults.validation.InputRules;

/**
 * Completes a strategic assessment with what it found.
 *
 * @param findings what it found
 * @param recommendedPriorities the priorities it recommends for the following year
 * @param completedOn the day it was completed (default today), within June to October
 */
public record CompleteAssessmentRequest(@NotBlank @Size(max = InputRules.MAX_TEXT) String findings, @NotNull @Size(
        max = InputRules.MAX_LIST) List<@NotBlank @Size(max = InputRules.MAX_NAME) String> recommendedPriorities,
        LocalDate completedOn) {
}
