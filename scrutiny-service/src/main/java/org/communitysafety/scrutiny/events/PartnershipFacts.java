package org.communitysafety.scrutiny.events;

import java.util.Set;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * This service's reading of {@code partnership-formed.v1}, {@code partnership-updated.v1}
 * and {@code partnership-status-changed.v1} (contracts: the partnership service's
 * {@code contracts/events/}): a partnership scrutiny may refer to or address.
 *
 * @param partnershipId its code
 * @param name its name
 * @param managedBy the organisation that runs it (absent from status changes)
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record PartnershipFacts(String partnershipId, String name, String managedBy) {

    public static final Set<String> TYPES = Set.of("org.communitysafety.partnership.partnership-formed.v1",
            "org.communitysafety.partnership.partnership-updated.v1",
            "org.communitysafety.partnership.partnership-status-changed.v1");

    public PartnershipFacts {
        Required.of("partnershipId", partnershipId);
    }
}
