package org.communitysafety.priority.plan;

import java.time.LocalDate;

import org.communitysafety.servicedefaults.events.DomainEvent;
import org.communitysafety.servicedefaults.events.EventType;

/**
 * The agreement fell due with the Police and Crime Commissioner without being sent
 * (time-caused, once; §1.4). Contract:
 * {@code contracts/events/agreement-due-to-commissioner.v1.schema.json}.
 *
 * @param planId the agreement
 * @param partnershipId the county strategy group
 * @param title its title
 * @param dueOn the day it fell due
 */
@EventType("org.communitysafety.priority.agreement-due-to-commissioner.v1")
public record AgreementDueToCommissioner(String planId, String partnershipId, String title,
        LocalDate dueOn) implements DomainEvent {
}
