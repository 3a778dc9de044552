package org.communitysafety.partnership.termsofreference;

import java.time.LocalDate;
import java.util.List;

/**
 * One version of a group's terms of reference, as adopted.
 *
 * @param number 1 for the first version, then 2, 3, ...
 * @param purpose why the group exists
 * @param responsibilities what the group will do
 * @param effectiveFrom the day the version took effect; it stays in effect until the next
 * version's
 * @param source where the text comes from, if recorded (e.g. the Community Safety
 * Agreement 2015-16)
 */
public record TermsVersion(int number, String purpose, List<String> responsibilities, LocalDate effectiveFrom,
        String source) {
}
