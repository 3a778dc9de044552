package org.communitysafety.priority.commissioning;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.communitysafety.servicedefaults.events.DomainEvent;
import org.communitysafety.servicedefaults.events.EventType;

/**
 * A service or funding was commissioned against a priority. Contract:
 * {@code contracts/events/commissioning-recorded.v1.schema.json}.
 *
 * @param commissioningId the commission
 * @param priorityId the priority it serves
 * @param partnershipId the partnership that holds the priority
 * @param commissionerId the group or organisation that commissioned it
 * @param service what is commissioned
 * @param provider who provides it, if known
 * @param startsOn first day of the period
 * @param endsOn last day of the period
 * @param amount how much, in pounds
 */
@EventType("org.communitysafety.priority.commissioning-recorded.v1")
public record CommissioningRecorded(String commissioningId, String priorityId, String partnershipId,
        String commissionerId, String service, String provider, LocalDate startsOn, LocalDate endsOn,
        BigDecimal amount) implements DomainEvent {
}
