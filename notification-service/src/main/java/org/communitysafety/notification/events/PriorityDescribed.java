package org.communitysafety.notification.events;

import java.time.LocalDate;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * This service's reading of {@code org.communitysafety.priority.priority-adopted.v1},
 * {@code priority-updated.v1} and {@code priority-retired.v1} (contracts: the priority
 * service's {@code contracts/events/}): a partnership adopted a priority, changed it, or
 * retired it. Adopted and updated carry the whole priority; retired only its title, group
 * and day.
 *
 * @param priorityId the priority
 * @param title what it is, e.g. "Violence, including interpersonal violence"
 * @param scope {@code COUNTYWIDE} or {@code LOCAL} (kept as text)
 * @param partnershipId the group that holds it
 * @param leadGroupId the delivery group that leads it
 * @param parentId the countywide priority a local one serves, if any
 * @param status {@code ACTIVE} or {@code RETIRED}; absent from a retirement
 * @param retiredOn the day it was retired (retired)
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record PriorityDescribed(String priorityId, String title, String scope, String partnershipId, String leadGroupId,
        String parentId, String status, LocalDate retiredOn) {

    public static final String ADOPTED = "org.communitysafety.priority.priority-adopted.v1";

    public static final String UPDATED = "org.communitysafety.priority.priority-updated.v1";

    public static final String RETIRED = "org.communitysafety.priority.priority-retired.v1";

    public static final Set<String> TYPES = Set.of(ADOPTED, UPDATED, RETIRED);

    public PriorityDescribed {
        Required.text(priorityId, "priorityId");
        Required.text(title, "title");
        Required.text(partnershipId, "partnershipId");
    }

}
