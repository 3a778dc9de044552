package org.communitysafety.priority.outcome;

import org.communitysafety.servicedefaults.events.DomainEvent;
import org.communitysafety.servicedefaults.events.EventType;

/**
 * An outcome of the Police and Crime Plan or a Police Control Strategy priority was
 * recorded. Contract: {@code contracts/events/outcome-recorded.v1.schema.json}.
 *
 * @param outcomeId its code
 * @param framework {@code POLICE_AND_CRIME_PLAN} or {@code POLICE_CONTROL_STRATEGY}
 * @param title what it says
 * @param period the years its plan covers
 * @param ownerOrganisationId the organisation whose plan it is
 */
@EventType("org.communitysafety.priority.outcome-recorded.v1")
public record OutcomeRecorded(String outcomeId, Framework framework, String title, String period,
        String ownerOrganisationId) implements DomainEvent {
}
