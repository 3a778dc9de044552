package org.communitysafety.scrutiny.recommendation;

import java.time.LocalDate;

/**
 * A recommendation as the API shows it, to everyone: recommendations and responses are
 * published (§7.4(a)).
 *
 * @param id the recommendation
 * @param body the body that made it
 * @param bodyName its name
 * @param review the review it came from
 * @param title the recommendation in short
 * @param text the recommendation in full
 * @param addresseeKind organisation or partnership
 * @param addressee whom it is addressed to
 * @param sentOn when it was sent
 * @param responseDue when the response is due
 * @param response the response, once recorded
 * @param overdue whether the response is overdue today
 * @param version its version, also its ETag
 */
public record RecommendationView(String id, String body, String bodyName, String review, String title, String text,
        AddresseeKind addresseeKind, String addressee, LocalDate sentOn, LocalDate responseDue,
        AddresseeResponse response, boolean overdue, long version) {

    public static RecommendationView of(Recommendation recommendation, LocalDate today) {
        return new RecommendationView(recommendation.id(), recommendation.bodyId(), recommendation.bodyName(),
                recommendation.review(), recommendation.title(), recommendation.text(), recommendation.addresseeKind(),
                recommendation.addresseeId(), recommendation.sentOn(), recommendation.responseDue(),
                recommendation.response(), recommendation.isOverdueOn(today), recommendation.version());
    }
}
