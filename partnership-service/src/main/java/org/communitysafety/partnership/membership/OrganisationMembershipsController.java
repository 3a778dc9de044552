package org.communitysafety.partnership.membership;

import java.time.LocalDate;
import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Where an organisation is represented: its representatives on every group. */
@RestController
class OrganisationMembershipsController {

    private final Memberships memberships;

    OrganisationMembershipsController(Memberships memberships) {
        this.memberships = memberships;
    }

    /**
     * Its representatives serving today, or on the day given ({@code ?asAt=2015-06-01}).
     */
    @GetMapping("/api/v1/organisations/{code}/memberships")
    List<MemberResponse> memberships(@PathVariable String code, @RequestParam(required = false) LocalDate asAt) {
        return memberships.ofOrganisationOn(code, asAt).stream().map(MemberResponse::of).toList();
    }

}
