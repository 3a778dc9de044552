package org.communitysafety.priority.priority;

import java.util.List;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.communitysafety.servicedefaults.validation.InputRules;

/**
 * Changes a priority's details; a field left out keeps its value. Scope, partnership and
 * parent are fixed: adopt a new priority instead.
 *
 * @param title what it is
 * @param theme its theme code
 * @param leadGroup the code of the delivery group that leads it
 * @param sources where it comes from
 * @param outcomes the codes of the outcomes it serves
 */
public record UpdatePriorityRequest(
        @Size(max = InputRules.MAX_NAME) @Pattern(regexp = InputRules.SOME_TEXT,
                message = InputRules.SOME_TEXT_MESSAGE) String title,
        @Size(max = InputRules.MAX_CODE) @Pattern(regexp = InputRules.CODE,
                message = InputRules.CODE_MESSAGE) String theme,
        @Size(max = InputRules.MAX_CODE) @Pattern(regexp = InputRules.CODE,
                message = InputRules.CODE_MESSAGE) String leadGroup,
        @Size(min = 1, max = InputRules.MAX_LIST) List<@NotNull Source> sources,
        @Size(max = InputRules.MAX_LIST) List<@Pattern(regexp = InputRules.CODE,
                message = InputRules.CODE_MESSAGE) String> outcomes) {
}
