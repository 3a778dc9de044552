package org.communitysafety.priority.plan;

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
@RequestMapping("/api/v1/plans")
class PlanController {

    private final Plans plans;

    private final ChangeHistory history;

    private final Standings standings;

    PlanController(Plans plans, ChangeHistory history, Standings standings) {
        this.plans = plans;
        this.history = history;
        this.standings = standings;
    }

    @PostMapping
    @PreAuthorize(Allowed.GROUP_MANAGERS)
    ResponseEntity<PlanResponse> draft(@Valid @RequestBody DraftPlanRequest request) {
        Plan plan = plans.draft(request, standings.current());
        return ResponseEntity.created(URI.create("/api/v1/plans/" + plan.id()))
            .eTag(ETags.of(plan.version()))
            .body(PlanResponse.of(plan));
    }

    /** Plans and agreements by partnership, kind, status and period, a page at a time. */
    @GetMapping
    PageResponse<PlanResponse> list(@RequestParam(required = false) String partnership,
            @RequestParam(required = false) PlanKind kind, @RequestParam(required = false) PlanStatus status,
            @RequestParam(required = false) String period,
            @PageableDefault(size = 50, sort = "period", direction = Sort.Direction.DESC) Pageable pageable) {
        return PageResponse
            .of(plans.list(partnership, kind, status, period, PageResponse.bounded(pageable)).map(PlanResponse::of));
    }

    @GetMapping("/{id}")
    ResponseEntity<PlanResponse> get(@PathVariable String id) {
        return withETag(plans.get(id));
    }

    @PatchMapping("/{id}")
    @PreAuthorize(Allowed.GROUP_MANAGERS)
    ResponseEntity<PlanResponse> revise(@PathVariable String id,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @Valid @RequestBody RevisePlanRequest request) {
        return withETag(plans.revise(id, request, ifMatch, standings.current()));
    }

    @PostMapping("/{id}/agreement")
    @PreAuthorize(Allowed.GROUP_MANAGERS)
    ResponseEntity<PlanResponse> agree(@PathVariable String id,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @Valid @RequestBody(required = false) PlanStepRequest request) {
        return withETag(plans.agree(id, request, ifMatch, standings.current()));
    }

    @PostMapping("/{id}/publication")
    @PreAuthorize(Allowed.GROUP_MANAGERS)
    ResponseEntity<PlanResponse> publish(@PathVariable String id,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @Valid @RequestBody(required = false) PlanStepRequest request) {
        return withETag(plans.publish(id, request, ifMatch, standings.current()));
    }

    @PostMapping("/{id}/review")
    @PreAuthorize(Allowed.GROUP_MANAGERS)
    ResponseEntity<PlanResponse> startReview(@PathVariable String id,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @Valid @RequestBody(required = false) PlanStepRequest request) {
        return withETag(plans.startReview(id, request, ifMatch, standings.current()));
    }

    @PostMapping("/{id}/commissioner-copy")
    @PreAuthorize(Allowed.GROUP_MANAGERS)
    ResponseEntity<PlanResponse> sendToCommissioner(@PathVariable String id,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @Valid @RequestBody SendToCommissionerRequest request) {
        return withETag(plans.sendToCommissioner(id, request, ifMatch, standings.current()));
    }

    @GetMapping("/{id}/history")
    List<Change> history(@PathVariable String id) {
        plans.get(id);
        return history.of("plans", id);
    }

    private static ResponseEntity<PlanResponse> withETag(Plan plan) {
        return ResponseEntity.ok().eTag(ETags.of(plan.version())).body(PlanResponse.of(plan));
    }

}
