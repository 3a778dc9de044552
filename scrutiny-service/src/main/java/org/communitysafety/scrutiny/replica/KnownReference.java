package org.communitysafety.scrutiny.replica;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * What this service knows of an organisation, partnership, priority, plan or action owned
 * by another service, from that service's events. Not an aggregate of this service: it
 * causes no events of its own.
 *
 * @param id {@code KIND/id}
 * @param kind what it is
 * @param referenceId its id in the owning service
 * @param name its name or title
 * @param partnershipId the partnership a priority, plan or action belongs to
 * @param managedBy the organisation that runs a partnership (it answers recommendations
 * addressed to the partnership)
 * @param retired whether it has been retired
 * @param asOf when the event it was last taken from happened; older events are ignored
 */
@Document("replica")
public record KnownReference(@Id String id, ReferenceKind kind, String referenceId, String name, String partnershipId,
        String managedBy, boolean retired, Instant asOf) {

    public static String idOf(ReferenceKind kind, String referenceId) {
        return kind + "/" + referenceId;
    }

}
