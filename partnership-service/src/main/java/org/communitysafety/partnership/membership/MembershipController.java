package org.communitysafety.partnership.membership;

import java.net.URI;
import java.util.List;

import jakarta.validation.Valid;
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
@RequestMapping("/api/v1/partnerships/{partnership}/members")
class MembershipController {

    private final Memberships memberships;

    MembershipController(Memberships memberships) {
        this.memberships = memberships;
    }

    @PostMapping
    @PreAuthorize("hasAnyRole('GROUP_MANAGER', 'ADMINISTRATOR')")
    ResponseEntity<MemberResponse> appoint(@PathVariable String partnership,
            @Valid @RequestBody AppointMemberRequest request) {
        Membership membership = memberships.appoint(partnership, request);
        return ResponseEntity.created(URI.create("/api/v1/partnerships/" + partnership + "/members/" + membership.id()))
                .eTag(ETags.of(membership.version()))
                .body(MemberResponse.of(membership));
    }

    @GetMapping
    List<MemberResponse> currentMembers(@PathVariable String partnership) {
        return memberships.currentMembers(partnership).stream().map(MemberResponse::of).toList();
    }
}
