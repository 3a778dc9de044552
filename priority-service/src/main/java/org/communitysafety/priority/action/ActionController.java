package org.communitysafety.priority.action;

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
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
class ActionController {

    private final Actions actions;

    private final ChangeHistory history;

    private final Standings standings;

    ActionController(Actions actions, ChangeHistory history, Standings standings) {
        this.actions = actions;
        this.history = history;
        this.standings = standings;
    }

    @PostMapping("/api/v1/priorities/{priority}/actions")
    @PreAuthorize(Allowed.GROUP_MANAGERS)
    ResponseEntity<ActionResponse> assign(@PathVariable String priority,
            @Valid @RequestBody AssignActionRequest request) {
        Action action = actions.assign(null, priority, request, standings.current());
        return ResponseEntity.created(URI.create("/api/v1/actions/" + action.id()))
            .eTag(ETags.of(action.version()))
            .body(ActionResponse.of(action, actions.today()));
    }

    /** Actions by priority, partnership, owner and whether overdue, a page at a time. */
    @GetMapping("/api/v1/actions")
    PageResponse<ActionResponse> list(@RequestParam(required = false) String priority,
            @RequestParam(required = false) String partnership, @RequestParam(required = false) String owner,
            @RequestParam(required = false) Boolean overdue,
            @PageableDefault(size = 50, sort = "dueDate", direction = Sort.Direction.ASC) Pageable pageable) {
        var today = actions.today();
        return PageResponse.of(actions.list(priority, partnership, owner, overdue, PageResponse.bounded(pageable))
            .map(action -> ActionResponse.of(action, today)));
    }

    @GetMapping("/api/v1/actions/{id}")
    ResponseEntity<ActionResponse> get(@PathVariable String id) {
        return withETag(actions.get(id));
    }

    @PostMapping("/api/v1/actions/{id}/progress")
    @PreAuthorize(Allowed.PLATFORM_ROLES)
    ResponseEntity<ActionResponse> recordProgress(@PathVariable String id,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @Valid @RequestBody RecordProgressRequest request) {
        return withETag(actions.recordProgress(id, request, ifMatch, standings.current()));
    }

    @PostMapping("/api/v1/actions/{id}/completion")
    @PreAuthorize(Allowed.PLATFORM_ROLES)
    ResponseEntity<ActionResponse> complete(@PathVariable String id,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @Valid @RequestBody CompleteActionRequest request) {
        return withETag(actions.complete(id, request, ifMatch, standings.current()));
    }

    @GetMapping("/api/v1/actions/{id}/history")
    List<Change> history(@PathVariable String id) {
        actions.get(id);
        return history.of("actions", id);
    }

    private ResponseEntity<ActionResponse> withETag(Action action) {
        return ResponseEntity.ok().eTag(ETags.of(action.version())).body(ActionResponse.of(action, actions.today()));
    }

}
