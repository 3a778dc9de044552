package org.communitysafety.notification.events;

import java.time.LocalDate;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * This service's reading of
 * {@code org.communitysafety.priority.target-reading-recorded.v1} (contract: the priority
 * service's {@code contracts/events/target-reading-recorded.v1.schema.json}): a dated
 * reading of a target's measure, with the target's RAG status after it.
 *
 * @param targetId the target
 * @param priorityId the priority it measures
 * @param measure what is measured
 * @param value the reading
 * @param readOn the day it was read
 * @param source where it comes from, e.g. "Police recorded crime"
 * @param rag the status this reading gives by the trajectory rule
 * @param targetRag the target's status now (its latest reading's); older producers leave
 * it out, when {@code rag} stands for it
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record TargetReadingRecorded(String targetId, String priorityId, String measure, Double value, LocalDate readOn,
        String source, String rag, String targetRag) {

    public static final String TYPE = "org.communitysafety.priority.target-reading-recorded.v1";

    public TargetReadingRecorded {
        Required.text(targetId, "targetId");
        Required.text(priorityId, "priorityId");
        Required.present(value, "value");
        Required.present(readOn, "readOn");
        Required.text(rag, "rag");
    }

    /** The target's status after this reading. */
    public String status() {
        return targetRag == null || targetRag.isBlank() ? rag : targetRag;
    }

}
