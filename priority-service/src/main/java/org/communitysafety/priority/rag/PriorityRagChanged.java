package org.communitysafety.priority.rag;

import org.communitysafety.priority.target.Rag;
import org.communitysafety.servicedefaults.events.DomainEvent;
import org.communitysafety.servicedefaults.events.EventType;

/**
 * A priority's RAG status changed, as this service rolls it up from its targets' readings
 * and its local priorities' statuses; consumers show it as it is, never derive it again.
 * Contract: {@code contracts/events/priority-rag-changed.v1.schema.json}.
 *
 * @param priorityId the priority
 * @param partnershipId the partnership that holds the priority
 * @param rag its status now
 * @param previousRag its status before ({@code NO_READING} for the first)
 */
@EventType("org.communitysafety.priority.priority-rag-changed.v1")
public record PriorityRagChanged(String priorityId, String partnershipId, Rag rag,
        Rag previousRag) implements DomainEvent {
}
