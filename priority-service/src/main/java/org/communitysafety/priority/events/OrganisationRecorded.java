package org.communitysafety.priority.events;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.communitysafety.servicedefaults.events.MalformedEvent;

/**
 * This service's reading of
 * {@code org.communitysafety.partnership.organisation-registered.v1} and
 * {@code organisation-updated.v1} (contracts: the partnership service's
 * {@code contracts/events/organisation-*.v1.schema.json}): both carry the organisation as
 * it now is; only its code and name are read.
 *
 * @param organisationId the organisation's code
 * @param name its name
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record OrganisationRecorded(String organisationId, String name) {

    public static final String REGISTERED = "org.communitysafety.partnership.organisation-registered.v1";

    public static final String UPDATED = "org.communitysafety.partnership.organisation-updated.v1";

    public OrganisationRecorded {
        if (organisationId == null || organisationId.isBlank() || name == null || name.isBlank()) {
            throw new MalformedEvent("An organisation event needs organisationId and name");
        }
    }
}
