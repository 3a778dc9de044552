package org.communitysafety.partnership.organisation;

import java.net.URI;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import jakarta.validation.groups.Default;
import org.communitysafety.partnership.area.CountyArea;
import org.communitysafety.servicedefaults.web.FullReplacement;
import org.communitysafety.servicedefaults.web.SortableFields;
import org.communitysafety.servicedefaults.caller.CallerResolver;
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
import org.springframework.security.core.Authentication;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/organisations")
class OrganisationController {

    private static final SortableFields SORTABLE = new SortableFields(
            Map.of("name", "name", "code", "id", "type", "type"));

    private final Organisations organisations;

    private final ChangeHistory history;

    private final CallerResolver callers;

    OrganisationController(Organisations organisations, ChangeHistory history, CallerResolver callers) {
        this.organisations = organisations;
        this.history = history;
        this.callers = callers;
    }

    @PostMapping
    @PreAuthorize(Allowed.ADMINISTRATORS)
    ResponseEntity<OrganisationResponse> register(@Valid @RequestBody RegisterOrganisationRequest request) {
        Organisation organisation = organisations.register(request);
        return ResponseEntity.created(URI.create("/api/v1/organisations/" + organisation.id()))
            .eTag(ETags.of(organisation.version()))
            .body(OrganisationResponse.of(organisation));
    }

    @PutMapping("/{code}")
    @PreAuthorize(Allowed.AGENCIES)
    ResponseEntity<OrganisationResponse> replace(@PathVariable String code,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @Validated({ Default.class, FullReplacement.class }) @RequestBody UpdateOrganisationRequest details,
            Authentication caller) {
        return withETag(organisations.update(code, details, ifMatch, editor(caller)));
    }

    @PatchMapping("/{code}")
    @PreAuthorize(Allowed.AGENCIES)
    ResponseEntity<OrganisationResponse> patch(@PathVariable String code,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @Valid @RequestBody UpdateOrganisationRequest details, Authentication caller) {
        return withETag(organisations.update(code, details, ifMatch, editor(caller)));
    }

    @GetMapping
    PageResponse<OrganisationResponse> list(@RequestParam(required = false) OrganisationType type,
            @RequestParam(required = false) @CountyArea String area,
            @RequestParam(required = false) Boolean responsibleAuthority,
            @RequestParam(required = false) @Size(max = 100) String name,
            @PageableDefault(size = 50, sort = "name", direction = Sort.Direction.ASC) Pageable pageable) {
        var filter = new OrganisationFilter(type, area, responsibleAuthority, name);
        return PageResponse.of(organisations.list(filter, SORTABLE.apply(PageResponse.bounded(pageable)))
            .map(OrganisationResponse::of));
    }

    @GetMapping("/{code}")
    ResponseEntity<OrganisationResponse> get(@PathVariable String code) {
        return withETag(organisations.get(code));
    }

    @GetMapping("/{code}/history")
    List<Change> history(@PathVariable String code) {
        organisations.get(code);
        return history.of(Organisation.COLLECTION, code);
    }

    private OrganisationEditor editor(Authentication caller) {
        boolean administrator = caller.getAuthorities()
            .stream()
            .anyMatch(authority -> "ROLE_ADMINISTRATOR".equals(authority.getAuthority()));
        return new OrganisationEditor(callers.current().organisation(), administrator);
    }

    private static ResponseEntity<OrganisationResponse> withETag(Organisation organisation) {
        return ResponseEntity.ok().eTag(ETags.of(organisation.version())).body(OrganisationResponse.of(organisation));
    }

}
