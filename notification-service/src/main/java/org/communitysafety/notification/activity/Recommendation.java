package org.communitysafety.notification.activity;

import java.time.LocalDate;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * This service's replica of a scrutiny recommendation (scrutiny service): outstanding
 * until its addressee's response is recorded.
 *
 * @param recommendationId the recommendation
 * @param bodyName the committee or panel that made it
 * @param title what it recommends
 * @param addresseeKind {@code ORGANISATION} or {@code PARTNERSHIP}
 * @param addresseeId the organisation's or partnership's code
 * @param responseDue when the response is due
 * @param respondedOn when the response was recorded, if it was
 * @param outcome the response's outcome, if recorded
 */
@Document(Recommendation.COLLECTION)
record Recommendation(@Id String recommendationId, String bodyName, String title, String addresseeKind,
        String addresseeId, LocalDate responseDue, LocalDate respondedOn, String outcome) {

    static final String COLLECTION = "activity-recommendations";

    static final String TO_ORGANISATION = "ORGANISATION";

    boolean isOutstanding() {
        return respondedOn == null && title != null;
    }

}
