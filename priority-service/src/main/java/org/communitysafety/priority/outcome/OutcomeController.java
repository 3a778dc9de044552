package org.communitysafety.priority.outcome;

import java.net.URI;
import java.util.List;

import jakarta.validation.Valid;
import org.communitysafety.servicedefaults.history.Change;
import org.communitysafety.servicedefaults.history.ChangeHistory;
import org.communitysafety.servicedefaults.security.Allowed;
import org.communitysafety.servicedefaults.web.ETags;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/outcomes")
class OutcomeController {

    private final Outcomes outcomes;

    private final ChangeHistory history;

    OutcomeController(Outcomes outcomes, ChangeHistory history) {
        this.outcomes = outcomes;
        this.history = history;
    }

    @PostMapping
    @PreAuthorize(Allowed.ADMINISTRATORS)
    ResponseEntity<OutcomeResponse> record(@Valid @RequestBody RecordOutcomeRequest request) {
        Outcome outcome = outcomes.record(request);
        return ResponseEntity.created(URI.create("/api/v1/outcomes/" + outcome.id()))
            .eTag(ETags.of(outcome.version()))
            .body(OutcomeResponse.of(outcome));
    }

    @GetMapping
    List<OutcomeResponse> all() {
        return outcomes.all().stream().map(OutcomeResponse::of).toList();
    }

    @GetMapping("/{id}")
    ResponseEntity<OutcomeResponse> get(@PathVariable String id) {
        Outcome outcome = outcomes.get(id);
        return ResponseEntity.ok().eTag(ETags.of(outcome.version())).body(OutcomeResponse.of(outcome));
    }

    @GetMapping("/{id}/history")
    List<Change> history(@PathVariable String id) {
        outcomes.get(id);
        return history.of("outcomes", id);
    }

}
