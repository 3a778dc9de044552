package org.communitysafety.priority.plan;

import java.time.LocalDate;

import org.communitysafety.servicedefaults.events.DomainEvent;
import org.communitysafety.servicedefaults.events.EventType;

/**
 * The county strategy group sent a copy of the agreement to the Police and Crime
 * Commissioner (§1.4). Contract:
 * {@code contracts/events/agreement-sent-to-commissioner.v1.schema.json}.
 *
 * @param planId the agreement
 * @param partnershipId the county strategy group
 * @param title its title
 * @param sentOn the day it was sent
 * @param evidence what shows it was sent, e.g. a letter's reference
 */
@EventType("org.communitysafety.priority.agreement-sent-to-commissioner.v1")
public record AgreementSentToCommissioner(String planId, String partnershipId, String title, LocalDate sentOn,
        String evidence) implements DomainEvent {
}
