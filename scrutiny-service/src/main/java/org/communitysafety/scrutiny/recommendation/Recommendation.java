package org.communitysafety.scrutiny.recommendation;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.communitysafety.scrutiny.body.ScrutinyBody;
import org.communitysafety.servicedefaults.aggregate.Changed;
import org.communitysafety.servicedefaults.problem.RuleViolated;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A recommendation a scrutiny body made from a review, to a responsible authority or a
 * partnership, with the response due and, once given, the response.
 *
 * @param id the recommendation
 * @param version its version, also its ETag
 * @param bodyId the body that made it
 * @param bodyName its name
 * @param review the review it came from
 * @param title the recommendation in short
 * @param text the recommendation in full
 * @param addresseeKind organisation or partnership
 * @param addresseeId whom it is addressed to
 * @param sentOn when it was sent
 * @param responseDue when the response is due
 * @param response the response, once recorded
 * @param overdueRaisedOn when it was found overdue (its event raised), if it was
 */
@Document("recommendations")
public record Recommendation(@Id String id, @Version Long version, String bodyId, String bodyName, String review,
        String title, String text, AddresseeKind addresseeKind, String addresseeId, LocalDate sentOn,
        LocalDate responseDue, AddresseeResponse response, LocalDate overdueRaisedOn) {

    static Changed<Recommendation, RecommendationMade> make(ScrutinyBody body, MakeRecommendationRequest request,
            Period responseWithin, LocalDate today) {
        LocalDate sentOn = request.sentOn() == null ? today : request.sentOn();
        if (sentOn.isAfter(today)) {
            throw new RuleViolated("A recommendation is recorded once sent; " + sentOn + " is still to come");
        }
        Recommendation made = new Recommendation(UUID.randomUUID().toString(), null, body.id(), body.name(),
                request.review().strip(), request.title().strip(), request.text().strip(), request.addresseeKind(),
                request.addresseeId(), sentOn, sentOn.plus(responseWithin), null, null);
        return new Changed<>(made, new RecommendationMade(made.id, made.bodyId, made.bodyName, made.review, made.title,
                made.addresseeKind, made.addresseeId, made.sentOn, made.responseDue));
    }

    Changed<Recommendation, ResponseRecorded> respond(RecordResponseRequest request, String organisation,
            LocalDate today) {
        if (response != null) {
            throw new RuleViolated("The response was recorded on " + response.respondedOn() + "; it stands");
        }
        if (request.outcome() != Outcome.ACCEPTED && (request.reasons() == null || request.reasons().isBlank())) {
            throw new RuleViolated("A recommendation " + request.outcome().name().toLowerCase().replace('_', ' ')
                    + " needs the reasons");
        }
        List<String> actions = request.actionIds() == null ? List.of() : List.copyOf(request.actionIds());
        if (request.outcome() == Outcome.REJECTED && !actions.isEmpty()) {
            throw new RuleViolated("A rejected recommendation has no actions carrying it out");
        }
        AddresseeResponse given = new AddresseeResponse(request.outcome(),
                request.reasons() == null ? null : request.reasons().strip(), today, organisation, actions);
        Recommendation responded = new Recommendation(id, version, bodyId, bodyName, review, title, text, addresseeKind,
                addresseeId, sentOn, responseDue, given, overdueRaisedOn);
        return new Changed<>(responded, new ResponseRecorded(id, bodyId, addresseeKind, addresseeId, given.outcome(),
                given.reasons(), today, actions));
    }

    /**
     * The recommendation found overdue, once: unanswered after its due day and not found
     * overdue before.
     */
    Optional<Changed<Recommendation, ResponseOverdue>> fallOverdue(LocalDate today) {
        if (!isOverdueOn(today) || overdueRaisedOn != null) {
            return Optional.empty();
        }
        Recommendation overdue = new Recommendation(id, version, bodyId, bodyName, review, title, text, addresseeKind,
                addresseeId, sentOn, responseDue, response, today);
        return Optional.of(new Changed<>(overdue,
                new ResponseOverdue(id, bodyId, bodyName, title, addresseeKind, addresseeId, responseDue)));
    }

    /** Unanswered after the day the response was due. */
    public boolean isOverdueOn(LocalDate day) {
        return response == null && day.isAfter(responseDue);
    }

}
