package org.communitysafety.priority.priority;

import java.net.URI;
import java.util.List;

import jakarta.validation.Valid;
import org.communitysafety.priority.access.Standings;
import org.communitysafety.servicedefaults.history.Change;
import org.communitysafety.servicedefaults.history.ChangeHistory;
import org.communitysafety.servicedefaults.security.Allowed;
import org.communitysafety.servicedefaults.web.ETags;
import org.communitysafety.servicedefaults.web.PageResponse;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.web.PageableDefault;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/priorities")
class PriorityController {

    private final Priorities priorities;

    private final ChangeHistory history;

    private final Standings standings;

    PriorityController(Priorities priorities, ChangeHistory history, Standings standings) {
        this.priorities = priorities;
        this.history = history;
        this.standings = standings;
    }

    @PostMapping
    @PreAuthorize(Allowed.GROUP_MANAGERS)
    ResponseEntity<PriorityResponse> adopt(@Valid @RequestBody AdoptPriorityRequest request) {
        Priority priority = priorities.adopt(null, request, standings.current());
        return ResponseEntity.created(URI.create("/api/v1/priorities/" + priority.id()))
            .eTag(ETags.of(priority.version()))
            .body(PriorityResponse.of(priority));
    }

    /** Priorities, filtered by partnership, scope and status, a page at a time. */
    @GetMapping
    PageResponse<PriorityResponse> list(@RequestParam(required = false) String partnership,
            @RequestParam(required = false) Scope scope, @RequestParam(required = false) PriorityStatus status,
            @PageableDefault(size = 50, sort = "title", direction = Sort.Direction.ASC) Pageable pageable) {
        return PageResponse
            .of(priorities.list(partnership, scope, status, PageResponse.bounded(pageable)).map(PriorityResponse::of));
    }

    @GetMapping("/{id}")
    ResponseEntity<PriorityResponse> get(@PathVariable String id) {
        return withETag(priorities.get(id));
    }

    @PatchMapping("/{id}")
    @PreAuthorize(Allowed.GROUP_MANAGERS)
    ResponseEntity<PriorityResponse> update(@PathVariable String id,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @Valid @RequestBody UpdatePriorityRequest request) {
        return withETag(priorities.update(id, request, ifMatch, standings.current()));
    }

    @PostMapping("/{id}/retirement")
    @PreAuthorize(Allowed.GROUP_MANAGERS)
    ResponseEntity<PriorityResponse> retire(@PathVariable String id,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @Valid @RequestBody(required = false) RetirePriorityRequest request) {
        return withETag(priorities.retire(id, request, ifMatch, standings.current()));
    }

    @GetMapping("/{id}/history")
    List<Change> history(@PathVariable String id) {
        priorities.get(id);
        return history.of("priorities", id);
    }

    private static ResponseEntity<PriorityResponse> withETag(Priority priority) {
        return ResponseEntity.ok().eTag(ETags.of(priority.version())).body(PriorityResponse.of(priority));
    }

}
