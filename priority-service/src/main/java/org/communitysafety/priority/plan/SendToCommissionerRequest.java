package org.communitysafety.priority.plan;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.communitysafety.servicedefaults.validation.InputRules;

/**
 * Records that the agreement was sent to the Police and Crime Commissioner (§1.4).
 *
 * @param sentOn the day it was sent
 * @param evidence what shows it was sent, e.g. a letter's reference
 */
public record SendToCommissionerRequest(@NotNull LocalDate sentOn,
        @NotBlank @Size(max = InputRules.MAX_TEXT) String evidence) {
}
