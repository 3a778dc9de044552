package org.communitysafety.servicedefaults.sample;

import org.communitysafety.servicedefaults.events.DomainEvent;
import org.communitysafety.servicedefaults.events.EventType;

@EventType("org.communitysafety.sample.ledger-entry-added.v1")
public record LedgerEntryAdded(String ledgerId, int entry, String note) implements DomainEvent {
}
