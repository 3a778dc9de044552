package org.communitysafety.partnership.membership;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import org.communitysafety.partnership.partnership.GroupManagementResolver;
import org.communitysafety.servicedefaults.history.Change;
import org.communitysafety.servicedefaults.history.ChangeHistory;
import org.communitysafety.servicedefaults.security.Allowed;
import org.communitysafety.servicedefaults.web.ETags;
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
@RequestMapping("/api/v1/partnerships/{partnership}/members")
class MembershipController {

    private final Memberships memberships;

    private final ChangeHistory history;

    private final GroupManagementResolver management;

    MembershipController(Memberships memberships, ChangeHistory history, GroupManagementResolver management) {
        this.memberships = memberships;
        this.history = history;
        this.management = management;
    }

    @PostMapping
    @PreAuthorize(Allowed.GROUP_MANAGERS)
    ResponseEntity<MemberResponse> appoint(@PathVariable String partnership,
            @Valid @RequestBody AppointMemberRequest request) {
        Membership membership = memberships.appoint(partnership, request, management.current());
        return ResponseEntity.created(URI.create("/api/v1/partnerships/" + partnership + "/members/" + membership.id()))
            .eTag(ETags.of(membership.version()))
            .body(MemberResponse.of(membership));
    }

    /** Who serves on the group today, or on the day given ({@code ?asAt=2015-06-01}). */
    @GetMapping
    List<MemberResponse> members(@PathVariable String partnership, @RequestParam(required = false) LocalDate asAt) {
        return memberships.membersOn(partnership, asAt).stream().map(MemberResponse::of).toList();
    }

    @GetMapping("/{id}")
    ResponseEntity<MemberResponse> get(@PathVariable String partnership, @PathVariable String id) {
        return withETag(memberships.get(partnership, id));
    }

    @PatchMapping("/{id}")
    @PreAuthorize(Allowed.GROUP_MANAGERS)
    ResponseEntity<MemberResponse> changeDetails(@PathVariable String partnership, @PathVariable String id,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @Valid @RequestBody ChangeMemberDetailsRequest request) {
        return withETag(memberships.changeDetails(partnership, id, request, ifMatch, management.current()));
    }

    @PostMapping("/{id}/stand-down")
    @PreAuthorize(Allowed.GROUP_MANAGERS)
    ResponseEntity<MemberResponse> standDown(@PathVariable String partnership, @PathVariable String id,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @Valid @RequestBody(required = false) StandDownRequest request) {
        StandDownRequest standDown = request == null ? new StandDownRequest(null, null) : request;
        return withETag(memberships.standDown(partnership, id, standDown, ifMatch, management.current()));
    }

    @GetMapping("/{id}/history")
    List<Change> history(@PathVariable String partnership, @PathVariable String id) {
        memberships.get(partnership, id);
        return history.of(Membership.COLLECTION, id);
    }

    private static ResponseEntity<MemberResponse> withETag(Membership membership) {
        return ResponseEntity.ok().eTag(ETags.of(membership.version())).body(MemberResponse.of(membership));
    }

}
