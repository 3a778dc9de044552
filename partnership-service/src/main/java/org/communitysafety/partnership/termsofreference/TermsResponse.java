package org.communitysafety.partnership.termsofreference;

import java.time.LocalDate;
import java.util.List;

/**
 * A version of a group's terms of reference as the API shows it.
 *
 * @param partnership the group's code
 * @param version the version's number, 1 for the first
 * @param purpose why the group exists
 * @param responsibilities what the group will do
 * @param effectiveFrom the day it took effect
 * @param effectiveUntil the last day it was in effect, once a later version replaced it
 * @param source where the text comes from, if recorded
 */
public record TermsResponse(String partnership, int version, String purpose, List<String> responsibilities,
        LocalDate effectiveFrom, LocalDate effectiveUntil, String source) {

    static TermsResponse of(TermsOfReference terms, TermsVersion version) {
        return new TermsResponse(terms.id(), version.number(), version.purpose(), version.responsibilities(),
                version.effectiveFrom(), terms.effectiveUntil(version).orElse(null), version.source());
    }
}
