package org.communitysafety.priority.plan;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.communitysafety.priority.outcome.Outcomes;
import org.communitysafety.servicedefaults.validation.InputRules;

/**
 * Drafts a CSP's partnership plan, or (for the county strategy group) the county
 * agreement, for a year.
 *
 * @param partnership the code of the CSP or the county strategy group
 * @param title its title
 * @param period the plan year, e.g. {@code 2015-16}
 * @param priorities the ids of the priorities it adopts (may be empty while drafting)
 */
public record DraftPlanRequest(
        @NotBlank @Size(max = InputRules.MAX_CODE) @Pattern(regexp = InputRules.CODE,
                message = InputRules.CODE_MESSAGE) String partnership,
        @NotBlank @Size(max = InputRules.MAX_NAME) String title,
        @NotBlank @Pattern(regexp = Outcomes.PERIOD, message = Outcomes.PERIOD_MESSAGE) String period,
        @NotNull @Size(max = InputRules.MAX_LIST) List<@NotBlank @Size(max = 64) String> priorities) {
}
