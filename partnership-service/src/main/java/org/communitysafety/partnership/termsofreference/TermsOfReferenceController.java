package org.communitysafety.partnership.termsofreference;

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
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * A group's terms of reference: the version in effect (now or on a past day), every
 * version, and adoption by those who manage the group.
 */
@RestController
@RequestMapping("/api/v1/partnerships/{code}/terms-of-reference")
class TermsOfReferenceController {

    private final AdoptedTerms adoptedTerms;

    private final ChangeHistory history;

    private final GroupManagementResolver management;

    TermsOfReferenceController(AdoptedTerms adoptedTerms, ChangeHistory history, GroupManagementResolver management) {
        this.adoptedTerms = adoptedTerms;
        this.history = history;
        this.management = management;
    }

    @PostMapping
    @PreAuthorize(Allowed.GROUP_MANAGERS)
    ResponseEntity<TermsResponse> adopt(@PathVariable String code,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @Valid @RequestBody AdoptTermsRequest request) {
        TermsOfReference terms = adoptedTerms.adopt(code, request, ifMatch, management.current());
        TermsVersion adopted = terms.latest().orElseThrow();
        return ResponseEntity
            .created(URI.create("/api/v1/partnerships/" + code + "/terms-of-reference/versions/" + adopted.number()))
            .eTag(ETags.of(terms.version()))
            .body(TermsResponse.of(terms, adopted));
    }

    @GetMapping
    ResponseEntity<TermsResponse> inEffect(@PathVariable String code, @RequestParam(required = false) LocalDate asAt) {
        TermsOfReference terms = adoptedTerms.get(code);
        return ResponseEntity.ok()
            .eTag(ETags.of(terms.version()))
            .body(TermsResponse.of(terms, adoptedTerms.inEffect(terms, asAt)));
    }

    @GetMapping("/versions")
    List<TermsResponse> versions(@PathVariable String code) {
        return adoptedTerms.of(code)
            .map(terms -> terms.versions().stream().map(version -> TermsResponse.of(terms, version)).toList())
            .orElse(List.of());
    }

    @GetMapping("/versions/{number}")
    TermsResponse version(@PathVariable String code, @PathVariable int number) {
        TermsOfReference terms = adoptedTerms.get(code);
        return TermsResponse.of(terms, adoptedTerms.version(terms, number));
    }

    @GetMapping("/history")
    List<Change> history(@PathVariable String code) {
        adoptedTerms.of(code);
        return history.of(TermsOfReference.COLLECTION, code);
    }

}
