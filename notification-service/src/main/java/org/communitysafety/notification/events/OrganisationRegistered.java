package org.communitysafety.notification.events;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * This service's reading of
 * {@code org.communitysafety.partnership.organisation-registered.v1} (contract: the
 * partnership service's {@code contracts/events/organisation-registered.v1.schema.json}):
 * an agency joined the platform. Only its name is needed here, so that alerts name an
 * organisation as people know it.
 *
 * @param organisationId the organisation's code
 * @param name its name
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record OrganisationRegistered(String organisationId, String name) {

    public static final String TYPE = "org.communitysafety.partnership.organisation-registered.v1";

    public OrganisationRegistered {
        if (organisationId == null || organisationId.isBlank() || name == null || name.isBlank()) {
            throw new IllegalArgumentException("organisationId and name are required");
        }
    }
}
