package org.communitysafety.priority.calendar;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.communitysafety.servicedefaults.validation.InputRules;

/**
 * Records that the county strategy group received its six-monthly update.
 *
 * @param partnership the code of the county strategy group
 * @param dueOn the half-year end it covers (30 September or 31 March)
 * @param metOn the day it was given
 * @param evidence what shows it, e.g. the minutes
 */
public record RecordUpdateRequest(
        @NotBlank @Size(max = InputRules.MAX_CODE) @Pattern(regexp = InputRules.CODE,
                message = InputRules.CODE_MESSAGE) String partnership,
        @NotNull LocalDate dueOn, @NotNull LocalDate metOn,
        @NotBlank @Size(max = InputRules.MAX_TEXT) String evidence) {
}
