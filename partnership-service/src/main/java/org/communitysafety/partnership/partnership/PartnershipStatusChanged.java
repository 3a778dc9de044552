package org.communitysafety.partnership.partnership;

import java.time.LocalDate;

import org.communitysafety.servicedefaults.events.DomainEvent;
import org.communitysafety.servicedefaults.events.EventType;

/**
 * A group moved on in its life: a proposed group became active or was dropped, or an
 * active one was dissolved. Contract:
 * {@code contracts/events/partnership-status-changed.v1.schema.json}.
 *
 * @param partnershipId its code
 * @param name its name
 * @param previousStatus the status it had
 * @param status the status it took
 * @param since the day it took effect
 * @param reason why, if recorded
 */
@EventType("org.communitysafety.partnership.partnership-status-changed.v1")
public record PartnershipStatusChanged(String partnershipId, String name, PartnershipStatus previousStatus,
        PartnershipStatus status, LocalDate since, String reason) implements DomainEvent {
}
