package org.communitysafety.priority.events;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.communitysafety.servicedefaults.events.MalformedEvent;

/**
 * This service's reading of
 * {@code org.communitysafety.partnership.member-organisation-added.v1} and
 * {@code member-organisation-removed.v1}: both carry the group's member organisations as
 * they now are.
 *
 * @param partnershipId the group's code
 * @param memberOrganisations its member organisations after the change
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record GroupMembersChanged(String partnershipId, List<String> memberOrganisations) {

    public static final String ADDED = "org.communitysafety.partnership.member-organisation-added.v1";

    public static final String REMOVED = "org.communitysafety.partnership.member-organisation-removed.v1";

    public GroupMembersChanged {
        if (partnershipId == null || memberOrganisations == null) {
            throw new MalformedEvent("A member organisation change needs partnershipId and memberOrganisations");
        }
    }
}
