package org.communitysafety.servicedefaults.sample;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.communitysafety.servicedefaults.outbox.AggregateStore;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Creates sample ledgers over HTTP, to test what the defaults do to a create. */
@RestController
class LedgerController {

    private final AggregateStore store;

    LedgerController(AggregateStore store) {
        this.store = store;
    }

    @PostMapping("/api/v1/ledgers")
    ResponseEntity<Map<String, String>> open(@RequestBody Map<String, String> request) {
        Ledger ledger = new Ledger(UUID.randomUUID().toString());
        store.insert(ledger, List.of(ledger.add(request.get("note"))));
        return ResponseEntity.created(URI.create("/api/v1/ledgers/" + ledger.id())).body(Map.of("id", ledger.id()));
    }

}
