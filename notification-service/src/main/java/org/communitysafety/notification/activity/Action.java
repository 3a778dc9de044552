package org.communitysafety.notification.activity;

import java.time.LocalDate;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * This service's replica of an action of a group's action plan (priority service): enough
 * to say which were done in a period and which are overdue. Overdue is derived here, as
 * the priority service derives it: not completed by its due date.
 *
 * @param actionId the action
 * @param title what is to be done
 * @param priorityId the priority it delivers
 * @param partnershipId the group whose plan it is on
 * @param ownerOrganisationId the organisation that owns it
 * @param dueDate when it is due
 * @param completedOn when it was completed, if it was
 */
@Document(Action.COLLECTION)
record Action(@Id String actionId, String title, String priorityId, String partnershipId, String ownerOrganisationId,
        LocalDate dueDate, LocalDate completedOn) {

    static final String COLLECTION = "activity-actions";

    boolean wasCompletedBetween(LocalDate first, LocalDate last) {
        return completedOn != null && !completedOn.isBefore(first) && !completedOn.isAfter(last);
    }

    boolean isOverdueOn(LocalDate day) {
        return completedOn == null && dueDate != null && dueDate.isBefore(day);
    }

}
