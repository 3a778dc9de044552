package org.communitysafety.priority.commissioning;

import java.net.URI;
import java.util.List;

import jakarta.validation.Valid;
import org.communitysafety.priority.access.Standings;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
class CommissioningController {

    private final Commissioning commissioning;

    private final ChangeHistory history;

    private final Standings standings;

    CommissioningController(Commissioning commissioning, ChangeHistory history, Standings standings) {
        this.commissioning = commissioning;
        this.history = history;
        this.standings = standings;
    }

    @PostMapping("/api/v1/commissions")
    @PreAuthorize(Allowed.PLATFORM_ROLES)
    ResponseEntity<CommissionResponse> record(@RequestParam String priority,
            @Valid @RequestBody RecordCommissionRequest request) {
        Commission commission = commissioning.record(priority, request, standings.current());
        return ResponseEntity.created(URI.create("/api/v1/commissions/" + commission.id()))
            .eTag(ETags.of(commission.version()))
            .body(CommissionResponse.of(commission));
    }

    @GetMapping("/api/v1/commissions")
    List<CommissionResponse> against(@RequestParam String priority) {
        return commissioning.against(priority).stream().map(CommissionResponse::of).toList();
    }

    @GetMapping("/api/v1/commissions/{id}")
    ResponseEntity<CommissionResponse> get(@PathVariable String id) {
        Commission commission = commissioning.get(id);
        return ResponseEntity.ok().eTag(ETags.of(commission.version())).body(CommissionResponse.of(commission));
    }

    @GetMapping("/api/v1/commissions/{id}/history")
    List<Change> history(@PathVariable String id) {
        commissioning.get(id);
        return history.of("commissions", id);
    }

}
