package org.communitysafety.scrutiny.body;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.communitysafety.servicedefaults.validation.InputRules;

/**
 * Records that a local authority agreed the panel arrangements.
 *
 * @param organisation the local authority
 * @param agreedOn the day it agreed them
 */
public record RecordArrangementRequest(@NotBlank @Size(max = InputRules.MAX_CODE) @Pattern(regexp = InputRules.CODE,
        message = InputRules.CODE_MESSAGE) String organisation, @NotNull LocalDate agreedOn) {
}
