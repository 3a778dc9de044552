package org.communitysafety.priority.target;

import java.net.URI;
import java.util.List;

import jakarta.validation.Valid;
import org.communitysafety.priority.access.Standings;
import org.communitysafety.servicedefaults.history.Change;
import org.communitysafety.servicedefaults.history.ChangeHistory;
import org.communitysafety.servicedefaults.security.Allowed;
import org.communitysafety.servicedefaults.web.ETags;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

@RestController
class TargetController {

    private final Targets targets;

    private final ChangeHistory history;

    private final Standings standings;

    TargetController(Targets targets, ChangeHistory history, Standings standings) {
        this.targets = targets;
        this.history = history;
        this.standings = standings;
    }

    @PostMapping("/api/v1/priorities/{priority}/targets")
    @PreAuthorize(Allowed.GROUP_MANAGERS)
    ResponseEntity<TargetResponse> set(@PathVariable String priority, @Valid @RequestBody SetTargetRequest request) {
        Target target = targets.set(null, priority, request, standings.current());
        return ResponseEntity.created(URI.create("/api/v1/targets/" + target.id()))
            .eTag(ETags.of(target.version()))
            .body(TargetResponse.of(target));
    }

    @GetMapping("/api/v1/priorities/{priority}/targets")
    List<TargetResponse> of(@PathVariable String priority) {
        return targets.of(priority).stream().map(TargetResponse::of).toList();
    }

    @GetMapping("/api/v1/targets/{id}")
    ResponseEntity<TargetResponse> get(@PathVariable String id) {
        return withETag(targets.get(id));
    }

    @PostMapping("/api/v1/targets/{id}/readings")
    @PreAuthorize(Allowed.GROUP_MANAGERS)
    ResponseEntity<TargetResponse> record(@PathVariable String id,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @Valid @RequestBody RecordReadingRequest request) {
        return withETag(targets.record(id, request, ifMatch, standings.current()));
    }

    @GetMapping("/api/v1/targets/{id}/history")
    List<Change> history(@PathVariable String id) {
        targets.get(id);
        return history.of("targets", id);
    }

    private static ResponseEntity<TargetResponse> withETag(Target target) {
        return ResponseEntity.ok().eTag(ETags.of(target.version())).body(TargetResponse.of(target));
    }

}
