package org.communitysafety.partnership.membership;

import java.time.LocalDate;

import jakarta.validation.constraints.Size;
import org.communitysafety.servicedefaults.validation.InputRules;

/**
 * Stands a representative down from a group.
 *
 * @param endDate their last day (default today); not before they started, not after an
 * end already set
 * @param reason why, for the record
 */
public record StandDownRequest(LocalDate endDate, @Size(max = InputRules.MAX_TEXT) String reason) {
}
