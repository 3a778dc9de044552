package org.communitysafety.priority.target;

import java.time.LocalDate;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.communitysafety.servicedefaults.validation.InputRules;

/**
 * Sets an outcome target for a priority.
 *
 * @param measure what is measured, e.g. "Violence against the person, recorded offences"
 * @param unit the unit of the values
 * @param direction which way the measure should move
 * @param baseline the value it starts from
 * @param baselineOn the day of the baseline
 * @param target the value to reach
 * @param deadline the day to reach it by
 * @param outcome the code of the outcome of another body's plan it measures, if any
 */
public record SetTargetRequest(@NotBlank @Size(max = InputRules.MAX_NAME) String measure,
        @Size(max = InputRules.MAX_CODE) String unit, @NotNull Direction direction,
        @NotNull @DecimalMin(InputRules.MIN_MEASURE) @DecimalMax(InputRules.MAX_MEASURE) Double baseline,
        @NotNull LocalDate baselineOn,
        @NotNull @DecimalMin(InputRules.MIN_MEASURE) @DecimalMax(InputRules.MAX_MEASURE) Double target,
        @NotNull LocalDate deadline, @Size(max = InputRules.MAX_CODE) @Pattern(regexp = InputRules.CODE,
                message = InputRules.CODE_MESSAGE) String outcome) {
}
