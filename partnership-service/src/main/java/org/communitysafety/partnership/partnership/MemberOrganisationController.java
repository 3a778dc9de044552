package org.communitysafety.partnership.partnership;

import jakarta.validation.constraints.Pattern;
import org.communitysafety.servicedefaults.security.Allowed;
import org.communitysafety.servicedefaults.validation.InputRules;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A group's member organisations, added and removed one at a time by those who manage it;
 * both are idempotent.
 */
@RestController
@RequestMapping("/api/v1/partnerships/{code}/member-organisations/{organisation}")
@PreAuthorize(Allowed.GROUP_MANAGERS)
class MemberOrganisationController {

    private final MemberOrganisations memberOrganisations;

    private final GroupManagementResolver management;

    MemberOrganisationController(MemberOrganisations memberOrganisations, GroupManagementResolver management) {
        this.memberOrganisations = memberOrganisations;
        this.management = management;
    }

    @PutMapping
    ResponseEntity<PartnershipResponse> add(@PathVariable String code,
            @PathVariable @Pattern(regexp = InputRules.CODE, message = InputRules.CODE_MESSAGE) String organisation,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        return PartnershipController
            .withETag(memberOrganisations.add(code, organisation, ifMatch, management.current()));
    }

    @DeleteMapping
    ResponseEntity<PartnershipResponse> remove(@PathVariable String code,
            @PathVariable @Pattern(regexp = InputRules.CODE, message = InputRules.CODE_MESSAGE) String organisation,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        return PartnershipController
            .withETag(memberOrganisations.remove(code, organisation, ifMatch, management.current()));
    }

}
