package org.communitysafety.priority.assessment;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.communitysafety.servicedefaults.validation.InputRules;

/**
 * Begins a partnership's strategic assessment of the year.
 *
 * @param partnership the code of the CSP
 * @param startedOn the day it began (default today), within June to October
 */
public record StartAssessmentRequest(@NotBlank @Size(max = InputRules.MAX_CODE) @Pattern(regexp = InputRules.CODE,
        message = InputRules.CODE_MESSAGE) String partnership, LocalDate startedOn) {
}
