package org.communitysafety.notification.events;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * This service's reading of {@code org.communitysafety.priority.priority-rag-changed.v1}
 * (contract: the priority service's
 * {@code contracts/events/priority-rag-changed.v1.schema.json}): a priority's RAG status
 * as the priority service rolls it up, shown as it is and never derived here.
 *
 * @param priorityId the priority
 * @param rag its status now ({@code GREEN}, {@code AMBER}, {@code RED} or
 * {@code NO_READING})
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record PriorityRagChanged(String priorityId, String rag) {

    public static final String TYPE = "org.communitysafety.priority.priority-rag-changed.v1";

    public PriorityRagChanged {
        Required.text(priorityId, "priorityId");
        Required.text(rag, "rag");
    }

}
