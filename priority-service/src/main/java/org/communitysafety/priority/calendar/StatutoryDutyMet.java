package org.communitysafety.priority.calendar;

import java.time.LocalDate;

import org.communitysafety.servicedefaults.events.DomainEvent;
import org.communitysafety.servicedefaults.events.EventType;

/**
 * A statutory duty the data cannot show by itself (the six-monthly update to the county
 * strategy group, §6.3) was recorded as met. Contract:
 * {@code contracts/events/statutory-duty-met.v1.schema.json}.
 *
 * @param dutyId the record of it
 * @param duty which duty
 * @param partnershipId whose duty
 * @param dueOn the day it was due by
 * @param metOn the day it was met
 * @param evidence what shows it
 */
@EventType("org.communitysafety.priority.statutory-duty-met.v1")
public record StatutoryDutyMet(String dutyId, DutyKind duty, String partnershipId, LocalDate dueOn, LocalDate metOn,
        String evidence) implements DomainEvent {
}
