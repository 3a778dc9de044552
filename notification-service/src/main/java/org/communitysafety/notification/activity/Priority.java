package org.communitysafety.notification.activity;

import java.time.Instant;
import java.time.LocalDate;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * This service's replica of a priority (priority service), for the updates of community
 * safety activity.
 *
 * @param priorityId the priority
 * @param title what it is
 * @param scope {@code COUNTYWIDE} or {@code LOCAL}
 * @param partnershipId the group that holds it
 * @param leadGroupId the delivery group that leads it
 * @param parentId the countywide priority a local one serves, if any
 * @param status {@code ACTIVE} or {@code RETIRED}
 * @param retiredOn when it was retired
 * @param asOf the time of the newest event applied
 * @param rag its RAG status as the priority service published it, if it has
 * @param ragAsOf the time of the event that published it
 */
@Document(Priority.COLLECTION)
record Priority(@Id String priorityId, String title, String scope, String partnershipId, String leadGroupId,
        String parentId, String status, LocalDate retiredOn, Instant asOf, String rag, Instant ragAsOf) {

    static final String COLLECTION = "activity-priorities";

    static final String RETIRED = "RETIRED";

    /**
     * Its published status, or {@code NO_READING} while the priority service has
     * published none.
     */
    String publishedRag() {
        return rag == null ? "NO_READING" : rag;
    }

    boolean isActive() {
        return !RETIRED.equals(status);
    }

}
