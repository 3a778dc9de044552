package org.communitysafety.notification.events;

import java.time.LocalDate;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * This service's reading of {@code org.communitysafety.scrutiny.recommendation-made.v1}
 * and {@code response-overdue.v1} (contract: {@code contracts.md}, scrutiny-service): a
 * scrutiny body made a recommendation to an organisation or a partnership, which must
 * respond by a date; or that date passed with no response (time-caused, once).
 *
 * @param recommendationId the recommendation
 * @param bodyId the body that made it
 * @param bodyName its name
 * @param title what it recommends
 * @param addresseeKind {@code ORGANISATION} or {@code PARTNERSHIP}
 * @param addresseeId the organisation's or the partnership's code
 * @param responseDue when the response is due
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record RecommendationAwaitingResponse(String recommendationId, String bodyId, String bodyName, String title,
        String addresseeKind, String addresseeId, LocalDate responseDue) {

    public static final String MADE = "org.communitysafety.scrutiny.recommendation-made.v1";

    public static final String OVERDUE = "org.communitysafety.scrutiny.response-overdue.v1";

    public static final Set<String> TYPES = Set.of(MADE, OVERDUE);

    public static final String TO_ORGANISATION = "ORGANISATION";

    public RecommendationAwaitingResponse {
        Required.text(recommendationId, "recommendationId");
        Required.text(bodyName, "bodyName");
        Required.text(title, "title");
        Required.text(addresseeKind, "addresseeKind");
        Required.text(addresseeId, "addresseeId");
        Required.present(responseDue, "responseDue");
    }

    public boolean isToOrganisation() {
        return TO_ORGANISATION.equals(addresseeKind);
    }
}
