package org.communitysafety.notification.update;

import java.time.Instant;

import org.communitysafety.servicedefaults.events.DomainEvent;
import org.communitysafety.servicedefaults.events.EventType;

/**
 * A group's update of community safety activity was queued to each of its members (or
 * held for the digest of those who chose one); each email's own events follow on its
 * delivery. Contract: {@code contracts/events/activity-update-mailed.v1.schema.json}.
 *
 * @param updateId the update
 * @param partnershipId the group
 * @param members how many members it went to
 * @param mailedAt when
 */
@EventType("org.communitysafety.notification.activity-update-mailed.v1")
public record ActivityUpdateMailed(String updateId, String partnershipId, int members,
        Instant mailedAt) implements DomainEvent {
}
