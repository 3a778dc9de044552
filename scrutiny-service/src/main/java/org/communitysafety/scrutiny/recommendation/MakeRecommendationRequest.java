package org.communitysafety.scrutiny.recommendation;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.communitysafety.servicedefaults.validation.InputRules;

/**
 * Records a recommendation a body sent.
 *
 * @param review the review it came from
 * @param title the recommendation in short
 * @param text the recommendation in full
 * @param addresseeKind organisation or partnership
 * @param addresseeId whom it is addressed to (known on the platform)
 * @param sentOn when it was sent (default today)
 */
public record MakeRecommendationRequest(@NotBlank @Size(max = InputRules.MAX_NAME) String review,
        @NotBlank @Size(max = InputRules.MAX_NAME) String title, @NotBlank @Size(max = InputRules.MAX_TEXT) String text,
        @NotNull AddresseeKind addresseeKind,
        @NotBlank @Size(max = InputRules.MAX_CODE) @Pattern(regexp = InputRules.CODE,
                message = InputRules.CODE_MESSAGE) String addresseeId,
        LocalDate sentOn) {
}
