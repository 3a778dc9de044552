package org.communitysafety.notification.events;

import java.time.LocalDate;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * This service's reading of {@code org.communitysafety.scrutiny.response-recorded.v1}
 * (contract: the scrutiny service's
 * {@code contracts/events/response-recorded.v1.schema.json}): the addressee responded to
 * a recommendation, which is then no longer outstanding. The reasons are not read.
 *
 * @param recommendationId the recommendation
 * @param addresseeKind {@code ORGANISATION} or {@code PARTNERSHIP}
 * @param addresseeId the organisation's or the partnership's code
 * @param outcome accepted, partly accepted or rejected (kept as text)
 * @param respondedOn the day of the response
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ResponseRecorded(String recommendationId, String addresseeKind, String addresseeId, String outcome,
        LocalDate respondedOn) {

    public static final String TYPE = "org.communitysafety.scrutiny.response-recorded.v1";

    public ResponseRecorded {
        Required.text(recommendationId, "recommendationId");
        Required.text(outcome, "outcome");
        Required.present(respondedOn, "respondedOn");
    }

}
