package org.communitysafety.notification.events;

import java.time.LocalDate;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * This service's reading of {@code org.communitysafety.priority.action-completed.v1}
 * (contract: the priority service's
 * {@code contracts/events/action-completed.v1.schema.json}): the owning organisation
 * completed an action. The evidence is not read: nothing here shows it.
 *
 * @param actionId the action
 * @param priorityId the priority it delivers
 * @param partnershipId the group whose action plan it is on
 * @param ownerOrganisationId the organisation that owns it
 * @param completedOn the day it was completed
 * @param late whether after its due date
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ActionCompleted(String actionId, String priorityId, String partnershipId, String ownerOrganisationId,
        LocalDate completedOn, Boolean late) {

    public static final String TYPE = "org.communitysafety.priority.action-completed.v1";

    public ActionCompleted {
        Required.text(actionId, "actionId");
        Required.text(partnershipId, "partnershipId");
        Required.present(completedOn, "completedOn");
        late = Boolean.TRUE.equals(late);
    }

}
