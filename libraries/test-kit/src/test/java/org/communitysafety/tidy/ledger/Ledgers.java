package org.communitysafety.tidy.ledger;

import org.communitysafety.tidy.config.LedgerProperties;
import org.communitysafety.tidy.events.EntryRecorded;

/** Reads its configuration properties and handles the events the boundary hands it. */
public class Ledgers {

    private final LedgerProperties properties;

    public Ledgers(LedgerProperties properties) {
        this.properties = properties;
    }

    public boolean accepts(EntryRecorded event) {
        return event.entry() <= properties.limit();
    }

}
