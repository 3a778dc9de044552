package org.communitysafety.partnership.organisation;

import java.net.URI;
import java.util.List;

import jakarta.validation.Valid;
import org.communitysafety.servicedefaults.history.Change;
import org.communitysafety.servicedefaults.history.ChangeHistory;
import org.communitysafety.servicedefaults.web.ETags;
import org.communitysafety.servicedefaults.web.PageResponse;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.web.PageableDefault;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/organisations")
class OrganisationController {

    private final Organisations organisations;

    private final ChangeHistory history;

    OrganisationController(Organisations organisations, ChangeHistory history) {
        this.organisations = organisations;
        this.history = history;
    }

    @PostMapping
    @PreAuthorize("hasRole('ADMINISTRATOR')")
    ResponseEntity<OrganisationResponse> register(@Valid @RequestBody RegisterOrganisationRequest request) {
        Organisation organisation = organisations.register(request);
        return ResponseEntity.created(URI.create("/api/v1/organisations/" + organisation.id()))
                .eTag(ETags.of(organisation.version()))
                .body(OrganisationResponse.of(organisation));
    }

    @GetMapping
    PageResponse<OrganisationResponse> list(@RequestParam(required = false) OrganisationType type,
            @PageableDefault(size = 50, sort = "name", direction = Sort.Direction.ASC) Pageable pageable) {
        return PageResponse.of(organisations.list(type, PageResponse.bounded(pageable)).map(OrganisationResponse::of));
    }

    @GetMapping("/{code}")
    ResponseEntity<OrganisationResponse> get(@PathVariable String code) {
        Organisation organisation = organisations.get(code);
        return ResponseEntity.ok().eTag(ETags.of(organisation.version())).body(OrganisationResponse.of(organisation));
    }

    @GetMapping("/{code}/history")
    List<Change> history(@PathVariable String code) {
        organisations.get(code);
        return history.of("organisations", code);
    }
}
