package org.communitysafety.priority.target;

import java.time.LocalDate;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.communitysafety.servicedefaults.validation.InputRules;

/**
 * Records a reading of a target's measure.
 *
 * @param value the measured value
 * @param readOn the day it measures (not in the future)
 * @param source where it comes from, e.g. "Police recorded crime"
 */
public record RecordReadingRequest(
        @NotNull @DecimalMin(InputRules.MIN_MEASURE) @DecimalMax(InputRules.MAX_MEASURE) Double value,
        @NotNull LocalDate readOn, @NotBlank @Size(max = InputRules.MAX_NAME) String source) {
}
