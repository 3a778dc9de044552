package org.communitysafety.priority.commissioning;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.communitysafety.servicedefaults.validation.InputRules;

/**
 * Records a service or funding commissioned against a priority.
 *
 * @param commissioner the code of the group or organisation that commissioned it
 * @param service what is commissioned
 * @param provider who provides it, if known
 * @param startsOn first day of the period
 * @param endsOn last day of the period
 * @param amount how much, in pounds (pence at most)
 */
public record RecordCommissionRequest(
        @NotBlank @Size(max = InputRules.MAX_CODE) @Pattern(regexp = InputRules.CODE,
                message = InputRules.CODE_MESSAGE) String commissioner,
        @NotBlank @Size(max = InputRules.MAX_NAME) String service, @Size(max = InputRules.MAX_NAME) String provider,
        @NotNull LocalDate startsOn, @NotNull LocalDate endsOn,
        @NotNull @DecimalMin("0.00") @Digits(integer = 12, fraction = 2) BigDecimal amount) {
}
