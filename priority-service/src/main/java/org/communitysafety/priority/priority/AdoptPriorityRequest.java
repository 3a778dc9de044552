package org.communitysafety.priority.priority;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.communitysafety.priority.outcome.Outcomes;
import org.communitysafety.servicedefaults.validation.InputRules;

/**
 * Adopts a priority for a partnership.
 *
 * @param title what it is
 * @param theme its theme, a code such as {@code violence} or
 * {@code anti-social-behaviour}
 * @param scope countywide (held by the county strategy group) or local (held by a CSP)
 * @param partnership the code of the county strategy group or the CSP
 * @param leadGroup the code of the delivery group that leads it
 * @param sources where it comes from (at least one)
 * @param parent the countywide priority a local one takes forward, if any
 * @param outcomes the codes of the outcomes it serves
 * @param since the first plan year it is a priority for, e.g. {@code 2015-16}
 */
public record AdoptPriorityRequest(@NotBlank @Size(max = InputRules.MAX_NAME) String title,
        @NotBlank @Size(max = InputRules.MAX_CODE) @Pattern(regexp = InputRules.CODE,
                message = InputRules.CODE_MESSAGE) String theme,
        @NotNull Scope scope,
        @NotBlank @Size(max = InputRules.MAX_CODE) @Pattern(regexp = InputRules.CODE,
                message = InputRules.CODE_MESSAGE) String partnership,
        @NotBlank @Size(max = InputRules.MAX_CODE) @Pattern(regexp = InputRules.CODE,
                message = InputRules.CODE_MESSAGE) String leadGroup,
        @NotEmpty @Size(max = InputRules.MAX_LIST) List<@NotNull Source> sources, @Size(max = 64) String parent,
        @Size(max = InputRules.MAX_LIST) List<@NotBlank @Pattern(regexp = InputRules.CODE,
                message = InputRules.CODE_MESSAGE) String> outcomes,
        @NotBlank @Pattern(regexp = Outcomes.PERIOD, message = Outcomes.PERIOD_MESSAGE) String since) {
}
