package org.communitysafety.servicedefaults.sample;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

/** A sample aggregate: a named counter whose every change is an event. */
@Document("ledgers")
public class Ledger {

    @Id
    private String id;

    @Version
    private Long version;

    private int entries;

    private String note;

    Ledger() {
    }

    public Ledger(String id) {
        this.id = id;
    }

    public LedgerEntryAdded add(String note) {
        entries++;
        this.note = note;
        return new LedgerEntryAdded(id, entries, note);
    }

    public void clearNote() {
        note = null;
    }

    public String id() {
        return id;
    }

    public Long version() {
        return version;
    }

    public int entries() {
        return entries;
    }

    public String note() {
        return note;
    }

}
