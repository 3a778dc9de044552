package org.communitysafety.partnership.partnership;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.communitysafety.servicedefaults.validation.InputRules;

/**
 * Moves a group on in its life: a proposed group becomes active or is dropped, an active
 * group is dissolved.
 *
 * @param status the status it takes
 * @param since the day it takes effect (default today; not before its current status, not
 * a day to come)
 * @param reason why, for the record
 */
public record ChangeStatusRequest(@NotNull PartnershipStatus status, LocalDate since,
        @Size(max = InputRules.MAX_TEXT) String reason) {
}
