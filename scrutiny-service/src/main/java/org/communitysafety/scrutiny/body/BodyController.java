package org.communitysafety.scrutiny.body;

import java.net.URI;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import org.communitysafety.servicedefaults.history.Change;
import org.communitysafety.servicedefaults.history.ChangeHistory;
import org.communitysafety.servicedefaults.security.Allowed;
import org.communitysafety.servicedefaults.web.ETags;
import org.communitysafety.servicedefaults.web.PageResponse;
import org.communitysafety.servicedefaults.web.SortableFields;
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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Crime and disorder committees and the Police and Crime Panel (a joint committee of the
 * police area's authorities, so it is listed with them).
 */
@RestController
@RequestMapping("/api/v1/committees")
class BodyController {

    static final SortableFields SORTABLE = new SortableFields(Map.of("name", "name", "kind", "kind", "id", "id"));

    private final Bodies bodies;

    private final ChangeHistory history;

    BodyController(Bodies bodies, ChangeHistory history) {
        this.bodies = bodies;
        this.history = history;
    }

    @PostMapping
    @PreAuthorize(Allowed.ADMINISTRATORS)
    ResponseEntity<BodyResponse> establish(@Valid @RequestBody EstablishBodyRequest request) {
        ScrutinyBody body = bodies.establish(request);
        return ResponseEntity.created(URI.create("/api/v1/committees/" + body.id()))
            .eTag(ETags.of(body.version()))
            .body(BodyResponse.of(body));
    }

    @GetMapping
    PageResponse<BodyResponse> list(
            @PageableDefault(size = 50, sort = "name", direction = Sort.Direction.ASC) Pageable pageable) {
        return PageResponse.of(bodies.list(SORTABLE.apply(PageResponse.bounded(pageable))).map(BodyResponse::of));
    }

    @GetMapping("/{body}")
    ResponseEntity<BodyResponse> get(@PathVariable String body) {
        return withETag(bodies.get(body));
    }

    @PostMapping("/{body}/members")
    @PreAuthorize(Allowed.SCRUTINY_OFFICERS)
    ResponseEntity<BodyResponse> appoint(@PathVariable String body,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @Valid @RequestBody AppointBodyMemberRequest request) {
        return withETag(bodies.appoint(body, request, ifMatch));
    }

    @PostMapping("/{body}/arrangements")
    @PreAuthorize(Allowed.SCRUTINY_OFFICERS)
    ResponseEntity<BodyResponse> recordArrangement(@PathVariable String body,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @Valid @RequestBody RecordArrangementRequest request) {
        return withETag(bodies.recordArrangement(body, request, ifMatch));
    }

    @GetMapping("/{body}/history")
    List<Change> history(@PathVariable String body) {
        bodies.get(body);
        return history.of("bodies", body);
    }

    private static ResponseEntity<BodyResponse> withETag(ScrutinyBody body) {
        return ResponseEntity.ok().eTag(ETags.of(body.version())).body(BodyResponse.of(body));
    }

}
