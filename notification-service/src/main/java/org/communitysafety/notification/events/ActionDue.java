package org.communitysafety.notification.events;

import java.time.LocalDate;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * This service's reading of {@code org.communitysafety.priority.action-assigned.v1} and
 * {@code action-overdue.v1} (contract: {@code contracts.md}, priority-service): an action
 * was assigned to an organisation, or its due date passed without it being completed
 * (time-caused, once). Both carry what an alert to the owner organisation needs.
 *
 * @param actionId the action
 * @param title what is to be done
 * @param priorityId the priority it delivers
 * @param partnershipId the group whose action plan it is on
 * @param ownerOrganisationId the organisation that owns it
 * @param ownerPerson the person named as its owner, if any (assigned only)
 * @param dueDate when it is due
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ActionDue(String actionId, String title, String priorityId, String partnershipId,
        String ownerOrganisationId, String ownerPerson, LocalDate dueDate) {

    public static final String ASSIGNED = "org.communitysafety.priority.action-assigned.v1";

    public static final String OVERDUE = "org.communitysafety.priority.action-overdue.v1";

    public static final Set<String> TYPES = Set.of(ASSIGNED, OVERDUE);

    public ActionDue {
        Required.text(actionId, "actionId");
        Required.text(title, "title");
        Required.text(partnershipId, "partnershipId");
        Required.text(ownerOrganisationId, "ownerOrganisationId");
        Required.present(dueDate, "dueDate");
    }
}
