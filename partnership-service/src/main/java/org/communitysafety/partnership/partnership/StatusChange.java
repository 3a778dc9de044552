package org.communitysafety.partnership.partnership;

import java.time.LocalDate;

/**
 * A dated step in a group's life.
 *
 * @param status the status it took
 * @param since the day it took effect
 * @param reason why, if recorded
 */
public record StatusChange(PartnershipStatus status, LocalDate since, String reason) {
}
