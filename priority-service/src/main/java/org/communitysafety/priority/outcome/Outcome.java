package org.communitysafety.priority.outcome;

import org.communitysafety.servicedefaults.aggregate.Changed;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * An outcome or priority of another body's plan that the partnerships' priorities serve,
 * such as the Police and Crime Plan's "a reduction of at least 40% in violent crime"
 * (§4.4): the top of the golden thread.
 *
 * @param id its code
 * @param version its version, also its ETag
 * @param framework the plan it belongs to
 * @param title what it says
 * @param period the years the plan covers, e.g. {@code 2014-17}
 * @param ownerOrganisationId the organisation whose plan it is
 */
@Document("outcomes")
public record Outcome(@Id String id, @Version Long version, Framework framework, String title, String period,
        String ownerOrganisationId) {

    static Changed<Outcome, OutcomeRecorded> record(RecordOutcomeRequest request) {
        Outcome outcome = new Outcome(request.code(), null, request.framework(), request.title().strip(),
                request.period(), request.owner());
        return new Changed<>(outcome, new OutcomeRecorded(outcome.id, outcome.framework, outcome.title, outcome.period,
                outcome.ownerOrganisationId));
    }

}
