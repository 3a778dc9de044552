package org.communitysafety.priority.priority;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.communitysafety.servicedefaults.aggregate.Changed;
import org.communitysafety.servicedefaults.aggregate.FieldChanges;
import org.communitysafety.servicedefaults.problem.RuleViolated;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * Something a partnership has agreed to respond to (§4.1), countywide or local to one
 * CSP, pursued across years until retired.
 *
 * @param id the priority
 * @param version its version, also its ETag
 * @param title what it is, e.g. "Violence, including interpersonal violence"
 * @param theme its theme, e.g. {@code violence}
 * @param scope countywide or local
 * @param partnershipId the county strategy group when countywide, the CSP when local
 * @param leadGroupId the delivery group that leads it
 * @param sources where it comes from
 * @param parentId the countywide priority a local one takes forward, if any
 * @param outcomeIds the outcomes of the Police and Crime Plan or Control Strategy it
 * serves
 * @param since the first plan year it is a priority for, e.g. {@code 2015-16}
 * @param status active or retired
 * @param retiredOn when it was retired
 */
@Document("priorities")
public record Priority(@Id String id, @Version Long version, String title, String theme, Scope scope,
        String partnershipId, String leadGroupId, List<Source> sources, String parentId, List<String> outcomeIds,
        String since, PriorityStatus status, LocalDate retiredOn) {

    static Changed<Priority, PriorityAdopted> adopt(String id, AdoptPriorityRequest request) {
        Priority priority = new Priority(id == null ? UUID.randomUUID().toString() : id, null, request.title().strip(),
                request.theme(), request.scope(), request.partnership(), request.leadGroup(),
                List.copyOf(request.sources()), request.parent(),
                request.outcomes() == null ? List.of() : List.copyOf(request.outcomes()), request.since(),
                PriorityStatus.ACTIVE, null);
        return new Changed<>(priority,
                new PriorityAdopted(priority.id, priority.title, priority.theme, priority.scope, priority.partnershipId,
                        priority.leadGroupId, priority.sources, priority.parentId, priority.outcomeIds, priority.since,
                        priority.status));
    }

    /** Takes the details given (a null keeps the current one) while it is active. */
    Optional<Changed<Priority, PriorityUpdated>> update(UpdatePriorityRequest request) {
        checkActive();
        var changes = new FieldChanges();
        Priority updated = new Priority(id, version,
                changes.take("title", title, request.title() == null ? null : request.title().strip()),
                changes.take("theme", theme, request.theme()), scope, partnershipId,
                changes.take("leadGroupId", leadGroupId, request.leadGroup()),
                changes.take("sources", sources, request.sources() == null ? null : List.copyOf(request.sources())),
                parentId, changes.take("outcomeIds", outcomeIds,
                        request.outcomes() == null ? null : List.copyOf(request.outcomes())),
                since, status, retiredOn);
        return changes.isEmpty() ? Optional.empty()
                : Optional.of(new Changed<>(updated,
                        new PriorityUpdated(id, updated.title, updated.theme, scope, partnershipId, updated.leadGroupId,
                                updated.sources, updated.outcomeIds, status, changes.changed())));
    }

    Changed<Priority, PriorityRetired> retire(LocalDate on) {
        checkActive();
        Priority retired = new Priority(id, version, title, theme, scope, partnershipId, leadGroupId, sources, parentId,
                outcomeIds, since, PriorityStatus.RETIRED, on);
        return new Changed<>(retired, new PriorityRetired(id, title, partnershipId, on));
    }

    public boolean isActive() {
        return status == PriorityStatus.ACTIVE;
    }

    public void checkActive() {
        if (!isActive()) {
            throw new RuleViolated(
                    "The priority '" + title + "' was retired on " + retiredOn + "; its record is kept as it was");
        }
    }

}
