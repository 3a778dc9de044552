package org.communitysafety.scrutiny.recommendation;

import java.net.URI;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import org.communitysafety.servicedefaults.history.Change;
import org.communitysafety.servicedefaults.history.ChangeHistory;
import org.communitysafety.servicedefaults.security.Allowed;
import org.communitysafety.servicedefaults.web.ETags;
import org.communitysafety.servicedefaults.web.PageResponse;
import org.communitysafety.servicedefaults.web.SortableFields;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.web.PageableDefault;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class RecommendationController {

    /** The fields recommendations may be sorted by, here and in the public list. */
    public static final SortableFields SORTABLE = new SortableFields(
            Map.of("sentOn", "sentOn", "responseDue", "responseDue", "title", "title"));

    private final Recommendations recommendations;

    private final ChangeHistory history;

    RecommendationController(Recommendations recommendations, ChangeHistory history) {
        this.recommendations = recommendations;
        this.history = history;
    }

    @PostMapping("/api/v1/committees/{body}/recommendations")
    @PreAuthorize(Allowed.SCRUTINY_OFFICERS)
    ResponseEntity<RecommendationView> make(@PathVariable String body,
            @Valid @RequestBody MakeRecommendationRequest request) {
        Recommendation made = recommendations.make(body, request);
        return ResponseEntity.created(URI.create("/api/v1/recommendations/" + made.id()))
            .eTag(ETags.of(made.version()))
            .body(RecommendationView.of(made, recommendations.today()));
    }

    @GetMapping("/api/v1/recommendations")
    PageResponse<RecommendationView> list(@RequestParam(required = false) String body,
            @PageableDefault(size = 50, sort = "sentOn", direction = Sort.Direction.DESC) Pageable pageable) {
        return PageResponse.of(recommendations.list(body, SORTABLE.apply(PageResponse.bounded(pageable)))
            .map(recommendation -> RecommendationView.of(recommendation, recommendations.today())));
    }

    @GetMapping("/api/v1/recommendations/{id}")
    ResponseEntity<RecommendationView> get(@PathVariable String id) {
        return withETag(recommendations.get(id));
    }

    @PostMapping("/api/v1/recommendations/{id}/response")
    @PreAuthorize(Allowed.AGENCIES)
    ResponseEntity<RecommendationView> respond(@PathVariable String id,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @Valid @RequestBody RecordResponseRequest request) {
        return withETag(recommendations.respond(id, request, ifMatch));
    }

    @GetMapping("/api/v1/recommendations/{id}/history")
    List<Change> history(@PathVariable String id) {
        recommendations.get(id);
        return history.of("recommendations", id);
    }

    private ResponseEntity<RecommendationView> withETag(Recommendation recommendation) {
        return ResponseEntity.ok()
            .eTag(ETags.of(recommendation.version()))
            .body(RecommendationView.of(recommendation, recommendations.today()));
    }

}
