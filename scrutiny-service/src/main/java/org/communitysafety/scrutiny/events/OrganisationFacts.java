package org.communitysafety.scrutiny.events;

import java.util.Set;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * This service's reading of {@code organisation-registered.v1} and
 * {@code organisation-updated.v1} (contracts: the partnership service's
 * {@code contracts/events/}): an organisation scrutiny may address.
 *
 * @param organisationId its code
 * @param name its name
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record OrganisationFacts(String organisationId, String name) {

    public static final Set<String> TYPES = Set.of("org.communitysafety.partnership.organisation-registered.v1",
            "org.communitysafety.partnership.organisation-updated.v1");

    public OrganisationFacts {
        Required.of("organisationId", organisationId);
        Required.of("name", name);
    }
}
