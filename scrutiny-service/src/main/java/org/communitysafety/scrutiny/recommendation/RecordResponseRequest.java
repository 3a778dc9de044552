package org.communitysafety.scrutiny.recommendation;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.communitysafety.servicedefaults.validation.InputRules;

/**
 * The addressee's response to a recommendation.
 *
 * @param outcome accepted, partly accepted or rejected
 * @param reasons why (required unless accepted)
 * @param actionIds the actions on the platform that carry out what was accepted
 */
public record RecordResponseRequest(@NotNull Outcome outcome, @Size(max = InputRules.MAX_TEXT) String reasons,
        @Size(max = InputRules.MAX_LIST) List<@NotBlank @Size(max = InputRules.MAX_CODE) String> actionIds) {
}
