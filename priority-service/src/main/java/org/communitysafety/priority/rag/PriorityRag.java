package org.communitysafety.priority.rag;

import java.util.Optional;

import org.communitysafety.priority.target.Rag;
import org.communitysafety.servicedefaults.aggregate.Changed;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A priority's RAG status as this service last published it: the {@link Rag#rollUp} of
 * its targets' statuses and its active local priorities'. Kept apart from the
 * {@code Priority} so that a reading never contends with a change to the priority's
 * details, and so that each change of status is stored with the event that announces it.
 *
 * @param priorityId the priority
 * @param version its version
 * @param partnershipId the partnership that holds the priority
 * @param rag its status
 */
@Document(PriorityRag.COLLECTION)
record PriorityRag(@Id String priorityId, @Version Long version, String partnershipId, Rag rag) {

    static final String COLLECTION = "priority-rags";

    /** A priority's first status, announced unless it is still without a reading. */
    static Optional<Changed<PriorityRag, PriorityRagChanged>> first(String priorityId, String partnershipId, Rag rag) {
        return new PriorityRag(priorityId, null, partnershipId, Rag.NO_READING).becomes(rag);
    }

    /** The new status and its event, or nothing when the status is unchanged. */
    Optional<Changed<PriorityRag, PriorityRagChanged>> becomes(Rag now) {
        if (now == rag) {
            return Optional.empty();
        }
        return Optional.of(new Changed<>(new PriorityRag(priorityId, version, partnershipId, now),
                new PriorityRagChanged(priorityId, partnershipId, now, rag)));
    }

}
