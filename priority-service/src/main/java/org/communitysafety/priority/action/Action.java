package org.communitysafety.priority.action;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.communitysafety.servicedefaults.aggregate.Changed;
import org.communitysafety.servicedefaults.problem.RuleViolated;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * An action of a priority's action plan: how, by whom and by when (§4.1). Its owner
 * organisation records its progress and completion; it is overdue when today (in the UK)
 * is after its due date and it is not completed.
 *
 * @param id the action
 * @param version its version, also its ETag
 * @param title what is to be done
 * @param priorityId the priority it delivers
 * @param partnershipId the partnership that holds the priority
 * @param ownerOrganisationId the organisation that owns it
 * @param ownerPerson the person who owns it in that organisation, if named
 * @param dueDate the day it is due by
 * @param status where it stands
 * @param progress its dated progress updates, in the order recorded
 * @param completedOn when it was completed
 * @param evidence what shows it was completed
 * @param overdueNotifiedOn when it becoming overdue was announced (once)
 */
@Document("actions")
public record Action(@Id String id, @Version Long version, String title, String priorityId, String partnershipId,
        String ownerOrganisationId, String ownerPerson, LocalDate dueDate, ActionStatus status, List<Progress> progress,
        LocalDate completedOn, String evidence, LocalDate overdueNotifiedOn) {

    static Changed<Action, ActionAssigned> assign(String id, String priorityId, String partnershipId,
            AssignActionRequest request, LocalDate today) {
        if (request.dueDate().isBefore(today)) {
            throw new RuleViolated("The due date " + request.dueDate() + " has passed; today is " + today);
        }
        Action action = new Action(id == null ? UUID.randomUUID().toString() : id, null, request.title().strip(),
                priorityId, partnershipId, request.ownerOrganisation(), request.ownerPerson(), request.dueDate(),
                ActionStatus.NOT_STARTED, List.of(), null, null, null);
        return new Changed<>(action, new ActionAssigned(action.id, action.title, priorityId, partnershipId,
                action.ownerOrganisationId, action.ownerPerson, action.dueDate));
    }

    Changed<Action, ActionProgressRecorded> recordProgress(RecordProgressRequest request, String by, LocalDate today) {
        checkOpen();
        LocalDate on = request.recordedOn() == null ? today : request.recordedOn();
        if (on.isAfter(today)) {
            throw new RuleViolated("Progress on " + on + " is in the future; today is " + today);
        }
        if (request.status() == ActionStatus.COMPLETED) {
            throw new RuleViolated("Complete an action with its evidence (POST .../completion), not as progress");
        }
        List<Progress> updates = new ArrayList<>(progress);
        updates.add(new Progress(on, request.status(), request.note().strip(), by));
        Action changed = new Action(id, version, title, priorityId, partnershipId, ownerOrganisationId, ownerPerson,
                dueDate, request.status(), List.copyOf(updates), null, null, overdueNotifiedOn);
        return new Changed<>(changed, new ActionProgressRecorded(id, priorityId, partnershipId, ownerOrganisationId,
                request.status(), request.note().strip(), on, changed.isOverdueOn(today)));
    }

    Changed<Action, ActionCompleted> complete(CompleteActionRequest request, LocalDate today) {
        checkOpen();
        LocalDate on = request.completedOn() == null ? today : request.completedOn();
        if (on.isAfter(today)) {
            throw new RuleViolated("Completion on " + on + " is in the future; today is " + today);
        }
        Action completed = new Action(id, version, title, priorityId, partnershipId, ownerOrganisationId, ownerPerson,
                dueDate, ActionStatus.COMPLETED, progress, on, request.evidence().strip(), overdueNotifiedOn);
        return new Changed<>(completed, new ActionCompleted(id, priorityId, partnershipId, ownerOrganisationId, on,
                completed.evidence, on.isAfter(dueDate)));
    }

    /** It becoming overdue, announced once: the day after its due date, still open. */
    Optional<Changed<Action, ActionOverdue>> fallenOverdue(LocalDate today) {
        if (overdueNotifiedOn != null || !isOverdueOn(today)) {
            return Optional.empty();
        }
        Action noted = new Action(id, version, title, priorityId, partnershipId, ownerOrganisationId, ownerPerson,
                dueDate, status, progress, completedOn, evidence, today);
        return Optional.of(new Changed<>(noted,
                new ActionOverdue(id, title, priorityId, partnershipId, ownerOrganisationId, dueDate)));
    }

    /** Whether it is overdue on the day: still open after its due date. */
    public boolean isOverdueOn(LocalDate day) {
        return status != ActionStatus.COMPLETED && day.isAfter(dueDate);
    }

    private void checkOpen() {
        if (status == ActionStatus.COMPLETED) {
            throw new RuleViolated(
                    "'" + title + "' was completed on " + completedOn + "; its record is kept as it was");
        }
    }

}
