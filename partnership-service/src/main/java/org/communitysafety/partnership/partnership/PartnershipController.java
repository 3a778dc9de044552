package org.communitysafety.partnership.partnership;

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
@RequestMapping("/api/v1/partnerships")
class PartnershipController {

    private final Partnerships partnerships;

    private final ChangeHistory history;

    PartnershipController(Partnerships partnerships, ChangeHistory history) {
        this.partnerships = partnerships;
        this.history = history;
    }

    @PostMapping
    @PreAuthorize("hasRole('ADMINISTRATOR')")
    ResponseEntity<PartnershipResponse> form(@Valid @RequestBody FormPartnershipRequest request) {
        Partnership partnership = partnerships.form(request);
        return ResponseEntity.created(URI.create("/api/v1/partnerships/" + partnership.id()))
                .eTag(ETags.of(partnership.version()))
                .body(PartnershipResponse.of(partnership));
    }

    @GetMapping
    PageResponse<PartnershipResponse> list(@RequestParam(required = false) PartnershipKind kind,
            @PageableDefault(size = 50, sort = "name", direction = Sort.Direction.ASC) Pageable pageable) {
        return PageResponse.of(partnerships.list(kind, PageResponse.bounded(pageable)).map(PartnershipResponse::of));
    }

    @GetMapping("/{code}")
    ResponseEntity<PartnershipResponse> get(@PathVariable String code) {
        Partnership partnership = partnerships.get(code);
        return ResponseEntity.ok().eTag(ETags.of(partnership.version())).body(PartnershipResponse.of(partnership));
    }

    @GetMapping("/{code}/history")
    List<Change> history(@PathVariable String code) {
        partnerships.get(code);
        return history.of("partnerships", code);
    }
}
