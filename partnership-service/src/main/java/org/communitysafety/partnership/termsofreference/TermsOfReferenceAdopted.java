package org.communitysafety.partnership.termsofreference;

import java.time.LocalDate;
import java.util.List;

import org.communitysafety.servicedefaults.events.DomainEvent;
import org.communitysafety.servicedefaults.events.EventType;

/**
 * A group adopted a version of its terms of reference. Contract:
 * {@code contracts/events/terms-of-reference-adopted.v1.schema.json}.
 *
 * @param partnershipId the group's code
 * @param version the version's number, 1 for the first
 * @param purpose why the group exists
 * @param responsibilities what the group will do
 * @param effectiveFrom the day it takes effect; the previous version is in effect until
 * the day before
 * @param source where the text comes from, if recorded
 */
@EventType("org.communitysafety.partnership.terms-of-reference-adopted.v1")
public record TermsOfReferenceAdopted(String partnershipId, int version, String purpose, List<String> responsibilities,
        LocalDate effectiveFrom, String source) implements DomainEvent {
}
