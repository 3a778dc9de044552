package org.communitysafety.scrutiny.recommendation;

import java.time.LocalDate;
import java.util.List;

/**
 * The addressee's response to a recommendation.
 *
 * @param outcome accepted, partly accepted or rejected
 * @param reasons why
 * @param respondedOn when
 * @param respondedBy the organisation that responded
 * @param actionIds the actions on the platform that carry out what was accepted
 */
public record AddresseeResponse(Outcome outcome, String reasons, LocalDate respondedOn, String respondedBy,
        List<String> actionIds) {
}
