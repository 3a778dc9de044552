package org.communitysafety.priority.action;

import java.time.LocalDate;
import java.util.List;

/**
 * An action, as the API shows it, with whether it is overdue today.
 *
 * @param id the action
 * @param title what is to be done
 * @param priority the priority it delivers
 * @param partnership the partnership that holds the priority
 * @param ownerOrganisation the organisation that owns it
 * @param ownerPerson the person who owns it, if named
 * @param dueDate the day it is due by
 * @param status where it stands
 * @param overdue whether it is still open after its due date, today in the UK
 * @param progress its dated progress updates
 * @param completedOn when it was completed
 * @param evidence what shows it was completed
 * @param version its version, also its ETag
 */
public record ActionResponse(String id, String title, String priority, String partnership, String ownerOrganisation,
        String ownerPerson, LocalDate dueDate, ActionStatus status, boolean overdue, List<Progress> progress,
        LocalDate completedOn, String evidence, long version) {

    static ActionResponse of(Action action, LocalDate today) {
        return new ActionResponse(action.id(), action.title(), action.priorityId(), action.partnershipId(),
                action.ownerOrganisationId(), action.ownerPerson(), action.dueDate(), action.status(),
                action.isOverdueOn(today), action.progress(), action.completedOn(), action.evidence(),
                action.version());
    }
}
