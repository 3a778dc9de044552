package org.communitysafety.partnership.partnership;

import java.net.URI;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.groups.Default;
import org.communitysafety.partnership.area.CountyArea;
import org.communitysafety.servicedefaults.security.Allowed;
import org.communitysafety.servicedefaults.validation.InputRules;
import org.communitysafety.servicedefaults.web.FullReplacement;
import org.communitysafety.servicedefaults.web.SortableFields;
import org.communitysafety.servicedefaults.history.Change;
import org.communitysafety.servicedefaults.history.ChangeHistory;
import org.communitysafety.servicedefaults.web.ETags;
import org.communitysafety.servicedefaults.web.PageResponse;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.web.PageableDefault;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
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
@RequestMapping("/api/v1/partnerships")
class PartnershipController {

    private static final SortableFields SORTABLE = new SortableFields(
            Map.of("name", "name", "code", "id", "kind", "kind", "status", "status"));

    private final Partnerships partnerships;

    private final ChangeHistory history;

    private final GroupManagementResolver management;

    PartnershipController(Partnerships partnerships, ChangeHistory history, GroupManagementResolver management) {
        this.partnerships = partnerships;
        this.history = history;
        this.management = management;
    }

    @PostMapping
    @PreAuthorize(Allowed.ADMINISTRATORS)
    ResponseEntity<PartnershipResponse> form(@Valid @RequestBody FormPartnershipRequest request) {
        Partnership partnership = partnerships.form(request);
        return ResponseEntity.created(URI.create("/api/v1/partnerships/" + partnership.id()))
            .eTag(ETags.of(partnership.version()))
            .body(PartnershipResponse.of(partnership));
    }

    @PutMapping("/{code}")
    @PreAuthorize(Allowed.GROUP_MANAGERS)
    ResponseEntity<PartnershipResponse> replace(@PathVariable String code,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @Validated({ Default.class, FullReplacement.class }) @RequestBody UpdatePartnershipRequest request) {
        return withETag(partnerships.update(code, request, true, ifMatch, management.current()));
    }

    @PatchMapping("/{code}")
    @PreAuthorize(Allowed.GROUP_MANAGERS)
    ResponseEntity<PartnershipResponse> patch(@PathVariable String code,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @Valid @RequestBody UpdatePartnershipRequest request) {
        return withETag(partnerships.update(code, request, false, ifMatch, management.current()));
    }

    @PostMapping("/{code}/status")
    @PreAuthorize(Allowed.GROUP_MANAGERS)
    ResponseEntity<PartnershipResponse> changeStatus(@PathVariable String code,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @Valid @RequestBody ChangeStatusRequest request) {
        return withETag(partnerships.changeStatus(code, request, ifMatch, management.current()));
    }

    @GetMapping
    PageResponse<PartnershipResponse> list(@RequestParam(required = false) PartnershipKind kind,
            @RequestParam(required = false) @CountyArea String area,
            @RequestParam(required = false) PartnershipStatus status,
            @RequestParam(required = false) @Pattern(regexp = InputRules.CODE,
                    message = InputRules.CODE_MESSAGE) String reportsTo,
            @RequestParam(required = false) @Pattern(regexp = InputRules.CODE,
                    message = InputRules.CODE_MESSAGE) String managedBy,
            @PageableDefault(size = 50, sort = "name", direction = Sort.Direction.ASC) Pageable pageable) {
        var filter = new PartnershipFilter(kind, area, status, reportsTo, managedBy);
        return PageResponse
            .of(partnerships.list(filter, SORTABLE.apply(PageResponse.bounded(pageable))).map(PartnershipResponse::of));
    }

    @GetMapping("/{code}")
    ResponseEntity<PartnershipResponse> get(@PathVariable String code) {
        return withETag(partnerships.get(code));
    }

    /**
     * The group and every group reporting to it, directly or through others, e.g. from
     * the county strategy group.
     */
    @GetMapping("/{code}/tree")
    ReportingTree tree(@PathVariable String code) {
        return partnerships.treeFrom(code);
    }

    @GetMapping("/{code}/history")
    List<Change> history(@PathVariable String code) {
        partnerships.get(code);
        return history.of(Partnership.COLLECTION, code);
    }

    static ResponseEntity<PartnershipResponse> withETag(Partnership partnership) {
        return ResponseEntity.ok().eTag(ETags.of(partnership.version())).body(PartnershipResponse.of(partnership));
    }

}
