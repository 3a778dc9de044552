package org.communitysafety.partnership.termsofreference;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.communitysafety.servicedefaults.validation.InputRules;

/**
 * Adopts a new version of a group's terms of reference.
 *
 * @param purpose why the group exists
 * @param responsibilities what the group will do, one item each
 * @param effectiveFrom the day it takes effect (default today), after the current
 * version's
 * @param source where the text comes from, if it is worth recording
 */
public record AdoptTermsRequest(@NotBlank @Size(max = 2000) String purpose,
        @NotNull @Size(min = 1, max = 50) List<@NotBlank @Size(max = InputRules.MAX_TEXT) String> responsibilities,
        LocalDate effectiveFrom, @Size(max = 500) String source) {
}
