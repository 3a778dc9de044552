package org.communitysafety.notification.events;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * This service's reading of
 * {@code org.communitysafety.partnership.organisation-updated.v1} (contract: the
 * partnership service's {@code contracts/events/organisation-updated.v1.schema.json}): an
 * organisation's details changed. It carries all of them after the change; only the name
 * is needed here.
 *
 * @param organisationId the organisation's code
 * @param name its name after the change
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record OrganisationUpdated(String organisationId, String name) {

    public static final String TYPE = "org.communitysafety.partnership.organisation-updated.v1";

    public OrganisationUpdated {
        if (organisationId == null || organisationId.isBlank() || name == null || name.isBlank()) {
            throw new IllegalArgumentException("organisationId and name are required");
        }
    }
}
