package org.communitysafety.priority.outcome;

/**
 * An outcome of another body's plan, as the API shows it.
 *
 * @param id its code
 * @param framework the plan it belongs to
 * @param title what it says
 * @param period the years the plan covers
 * @param owner the organisation whose plan it is
 * @param version its version, also its ETag
 */
public record OutcomeResponse(String id, Framework framework, String title, String period, String owner, long version) {

    static OutcomeResponse of(Outcome outcome) {
        return new OutcomeResponse(outcome.id(), outcome.framework(), outcome.title(), outcome.period(),
                outcome.ownerOrganisationId(), outcome.version());
    }
}
