package org.communitysafety.partnership.organisation;

import java.util.List;
import java.util.Optional;

import org.communitysafety.servicedefaults.aggregate.Changed;
import org.communitysafety.servicedefaults.aggregate.FieldChanges;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * An agency, known across the platform by its code (e.g.
 * {@code northamptonshire-police}).
 *
 * @param id its code
 * @param version its version, also its ETag
 * @param name its name
 * @param type its kind of agency
 * @param responsibleAuthority whether it is a responsible authority under the Crime and
 * Disorder Act 1998
 * @param areas the ONS GSS codes of the county's areas it serves
 */
@Document(Organisation.COLLECTION)
public record Organisation(@Id String id, @Version Long version, String name, OrganisationType type,
        boolean responsibleAuthority, List<String> areas) {

    /** Where these documents are kept; their history is found by it. */
    public static final String COLLECTION = "organisations";

    static Changed<Organisation, OrganisationRegistered> register(RegisterOrganisationRequest request) {
        Organisation organisation = new Organisation(request.code(), null, request.name().strip(), request.type(),
                request.responsibleAuthority(), List.copyOf(request.areas()));
        return new Changed<>(organisation, new OrganisationRegistered(organisation.id, organisation.name,
                organisation.type, organisation.responsibleAuthority, organisation.areas));
    }

    /**
     * Takes the details given (a null keeps the current one); nothing happens when none
     * differs.
     */
    Optional<Changed<Organisation, OrganisationUpdated>> update(UpdateOrganisationRequest details) {
        var changes = new FieldChanges();
        Organisation updated = new Organisation(id, version,
                changes.take("name", name, details.name() == null ? null : details.name().strip()),
                changes.take("type", type, details.type()),
                changes.take("responsibleAuthority", responsibleAuthority, details.responsibleAuthority()),
                changes.take("areas", areas, details.areas() == null ? null : List.copyOf(details.areas())));
        return changes.isEmpty() ? Optional.empty() : Optional.of(new Changed<>(updated, new OrganisationUpdated(id,
                updated.name, updated.type, updated.responsibleAuthority, updated.areas, changes.changed())));
    }

    /** Whether the details given would change what only an administrator may change. */
    boolean wouldChangeStatutoryStanding(UpdateOrganisationRequest details) {
        return details.type() != null && details.type() != type
                || details.responsibleAuthority() != null && details.responsibleAuthority() != responsibleAuthority;
    }
}
