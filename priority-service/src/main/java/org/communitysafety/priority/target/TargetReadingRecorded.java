package org.communitysafety.priority.target;

import java.time.LocalDate;

import org.communitysafety.servicedefaults.events.DomainEvent;
import org.communitysafety.servicedefaults.events.EventType;

/**
 * A reading of a target's measure was recorded. Contract:
 * {@code contracts/events/target-reading-recorded.v1.schema.json}.
 *
 * @param targetId the target
 * @param priorityId the priority it measures
 * @param partnershipId the partnership that holds the priority
 * @param measure what is measured
 * @param value the measured value
 * @param readOn the day it measures
 * @param source where it comes from
 * @param rag the status this reading gives by the trajectory rule
 * @param targetRag the target's status now (its latest reading's, which differs when an
 * earlier reading arrives late)
 */
@EventType("org.communitysafety.priority.target-reading-recorded.v1")
public record TargetReadingRecorded(String targetId, String priorityId, String partnershipId, String measure,
        double value, LocalDate readOn, String source, Rag rag, Rag targetRag) implements DomainEvent {
}
