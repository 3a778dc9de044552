package org.communitysafety.notification.update;

import java.util.List;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import org.communitysafety.servicedefaults.history.Change;
import org.communitysafety.servicedefaults.history.ChangeHistory;
import org.communitysafety.servicedefaults.security.Allowed;
import org.communitysafety.servicedefaults.web.ETags;
import org.communitysafety.servicedefaults.web.PageResponse;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The updates of community safety activity: those sent, as archived, and a group's next
 * one on demand. They name members' groups and their work across the county: like the
 * delivery log, administrators read them.
 */
@RestController
@RequestMapping(ActivityUpdateArchive.PATH)
@PreAuthorize(Allowed.ADMINISTRATORS)
class ActivityUpdateController {

    private static final String GROUP_CODE = "^[a-z0-9]+(-[a-z0-9]+)*$";

    private static final String UPDATE_ID = "^[a-z0-9]+(-[a-z0-9]+)*_\\d{4}-\\d{2}-\\d{2}$";

    private final ActivityUpdateArchive archive;

    private final ActivityUpdatePreviews previews;

    private final ChangeHistory history;

    ActivityUpdateController(ActivityUpdateArchive archive, ActivityUpdatePreviews previews, ChangeHistory history) {
        this.archive = archive;
        this.previews = previews;
        this.history = history;
    }

    /** The updates sent, the latest period first, optionally of one group. */
    @GetMapping
    PageResponse<ActivityUpdateResponse> list(
            @RequestParam(required = false) @Pattern(regexp = GROUP_CODE,
                    message = "must be a group's code, e.g. county-strategy-group") String partnershipId,
            @RequestParam(defaultValue = "0") @Min(0) int page, @RequestParam(defaultValue = "20") @Min(1) int size) {
        var pageable = PageResponse.bounded(
                PageRequest.of(page, size, Sort.by(Sort.Order.desc("period.first"), Sort.Order.asc("partnershipId"))));
        return PageResponse.of(archive.list(partnershipId, pageable).map(ActivityUpdateResponse::of));
    }

    @GetMapping("/{id}")
    ResponseEntity<ActivityUpdateResponse> get(@PathVariable @Pattern(regexp = UPDATE_ID,
            message = "must be an update's id, <group>_<first day of its period>") String id) {
        ActivityUpdate update = archive.get(id);
        return ResponseEntity.ok().eTag(ETags.of(update.version())).body(ActivityUpdateResponse.of(update));
    }

    @GetMapping("/{id}/history")
    List<Change> history(@PathVariable @Pattern(regexp = UPDATE_ID,
            message = "must be an update's id, <group>_<first day of its period>") String id) {
        archive.get(id);
        return history.of(ActivityUpdate.COLLECTION, id);
    }

    /** What the group's next update would say if its period ended today. */
    @GetMapping("/previews/{partnershipId}")
    PreviewResponse preview(@PathVariable @Pattern(regexp = GROUP_CODE,
            message = "must be a group's code, e.g. county-strategy-group") String partnershipId) {
        return PreviewResponse.of(previews.preview(partnershipId));
    }

}
