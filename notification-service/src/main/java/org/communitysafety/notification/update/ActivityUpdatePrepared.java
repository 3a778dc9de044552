package org.communitysafety.notification.update;

import java.time.Instant;
import java.time.LocalDate;

import org.communitysafety.servicedefaults.events.DomainEvent;
import org.communitysafety.servicedefaults.events.EventType;

/**
 * A group's update of community safety activity for a period was prepared: claimed once
 * for the group and period, whichever replica got there first, with what it says fixed.
 * Contract: {@code contracts/events/activity-update-prepared.v1.schema.json}.
 *
 * @param updateId the update, {@code <partnershipId>_<periodStart>}
 * @param partnershipId the group it is for
 * @param periodStart the first day of the period it covers
 * @param periodEnd the last day
 * @param priorities how many priorities it reports on
 * @param overdueActions how many actions it reports overdue
 * @param outstandingRecommendations how many scrutiny recommendations it reports awaiting
 * a response
 * @param preparedAt when
 */
@EventType("org.communitysafety.notification.activity-update-prepared.v1")
public record ActivityUpdatePrepared(String updateId, String partnershipId, LocalDate periodStart, LocalDate periodEnd,
        int priorities, int overdueActions, int outstandingRecommendations, Instant preparedAt) implements DomainEvent {
}
