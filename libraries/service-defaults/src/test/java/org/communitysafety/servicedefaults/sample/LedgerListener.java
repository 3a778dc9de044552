package org.communitysafety.servicedefaults.sample;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.communitysafety.servicedefaults.consumer.InboundEvents;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Consumes the sample's own events; fails on "poison" notes until they are cured, as a
 * broken handler would.
 */
@Component
public class LedgerListener {

    private final InboundEvents inbound;

    private final List<String> handledNotes = new CopyOnWriteArrayList<>();

    private volatile boolean poisonCured;

    LedgerListener(InboundEvents inbound) {
        this.inbound = inbound;
    }

    @KafkaListener(topics = "sample.events")
    void on(String value) {
        inbound.handleOnce("ledger-listener", value, event -> {
            String note = inbound.data(event, LedgerEntryAdded.class).note();
            if (note.startsWith("poison") && !poisonCured) {
                throw new IllegalStateException("cannot digest " + note);
            }
            handledNotes.add(note);
        });
    }

    public List<String> handledNotes() {
        return handledNotes;
    }

    public void curePoison() {
        poisonCured = true;
    }

}
