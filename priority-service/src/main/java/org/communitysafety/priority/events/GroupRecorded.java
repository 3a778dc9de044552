package org.communitysafety.priority.events;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.communitysafety.servicedefaults.events.MalformedEvent;

/**
 * This service's reading of {@code org.communitysafety.partnership.partnership-formed.v1}
 * and {@code partnership-updated.v1} (contracts: the partnership service's
 * {@code contracts/events/partnership-*.v1.schema.json}). An update carries no status or
 * member organisations: those are then null and the replica keeps what it holds.
 *
 * @param partnershipId the group's code
 * @param name its name
 * @param kind district CSP, county strategy group, delivery group, sub-group or managers
 * group (kept as text: a new kind must not stop the replica)
 * @param status proposed, active or dissolved (formed only)
 * @param reportsTo the group it reports to
 * @param memberOrganisations its member organisations (formed only)
 * @param managedBy the organisation that runs it
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record GroupRecorded(String partnershipId, String name, String kind, String status, String reportsTo,
        List<String> memberOrganisations, String managedBy) {

    public static final String FORMED = "org.communitysafety.partnership.partnership-formed.v1";

    public static final String UPDATED = "org.communitysafety.partnership.partnership-updated.v1";

    public GroupRecorded {
        if (partnershipId == null || partnershipId.isBlank() || name == null || kind == null) {
            throw new MalformedEvent("A partnership event needs partnershipId, name and kind");
        }
    }
}
