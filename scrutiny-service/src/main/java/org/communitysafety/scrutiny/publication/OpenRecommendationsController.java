package org.communitysafety.scrutiny.publication;

import org.communitysafety.scrutiny.recommendation.Recommendation;
import org.communitysafety.scrutiny.recommendation.RecommendationController;
import org.communitysafety.scrutiny.recommendation.RecommendationView;
import org.communitysafety.scrutiny.recommendation.Recommendations;
import org.communitysafety.servicedefaults.web.ETags;
import org.communitysafety.servicedefaults.web.PageResponse;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.web.PageableDefault;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Recommendations and the responses to them, as the public reads them. */
@RestController
class OpenRecommendationsController {

    private final Recommendations recommendations;

    OpenRecommendationsController(Recommendations recommendations) {
        this.recommendations = recommendations;
    }

    @GetMapping("/api/v1/open/recommendations")
    PageResponse<RecommendationView> list(@RequestParam(required = false) String body,
            @PageableDefault(size = 50, sort = "sentOn", direction = Sort.Direction.DESC) Pageable pageable) {
        return PageResponse
            .of(recommendations.list(body, RecommendationController.SORTABLE.apply(PageResponse.bounded(pageable)))
                .map(recommendation -> RecommendationView.of(recommendation, recommendations.today())));
    }

    @GetMapping("/api/v1/open/recommendations/{id}")
    ResponseEntity<RecommendationView> get(@PathVariable String id) {
        Recommendation recommendation = recommendations.get(id);
        return ResponseEntity.ok()
            .eTag(ETags.of(recommendation.version()))
            .body(RecommendationView.of(recommendation, recommendations.today()));
    }

}
