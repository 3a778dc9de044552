package org.communitysafety.priority.outcome;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.communitysafety.servicedefaults.validation.InputRules;

/**
 * Records an outcome of another body's plan that priorities may serve.
 *
 * @param code its code, e.g. {@code pcp-violent-crime-reduction}
 * @param framework the plan it belongs to
 * @param title what it says
 * @param period the years the plan covers, e.g. {@code 2014-17}
 * @param owner the code of the organisation whose plan it is
 */
public record RecordOutcomeRequest(
        @NotBlank @Size(max = InputRules.MAX_CODE) @Pattern(regexp = InputRules.CODE,
                message = InputRules.CODE_MESSAGE) String code,
        @NotNull Framework framework, @NotBlank @Size(max = InputRules.MAX_NAME) String title,
        @NotBlank @Pattern(regexp = Outcomes.PERIOD, message = Outcomes.PERIOD_MESSAGE) String period,
        @NotBlank @Size(max = InputRules.MAX_CODE) @Pattern(regexp = InputRules.CODE,
                message = InputRules.CODE_MESSAGE) String owner) {
}
