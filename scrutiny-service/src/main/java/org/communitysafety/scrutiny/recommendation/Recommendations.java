package org.communitysafety.scrutiny.recommendation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.communitysafety.platform.TokenContract.RoleNames;
import org.communitysafety.scrutiny.body.Bodies;
import org.communitysafety.scrutiny.body.BodyOfficers;
import org.communitysafety.scrutiny.body.ScrutinyBody;
import org.communitysafety.scrutiny.replica.KnownReference;
import org.communitysafety.scrutiny.replica.ReferenceKind;
import org.communitysafety.scrutiny.replica.Replica;
import org.communitysafety.servicedefaults.calendar.UkCalendar;
import org.communitysafety.servicedefaults.outbox.AggregateStore;
import org.communitysafety.servicedefaults.problem.NotPermitted;
import org.communitysafety.servicedefaults.problem.ResourceNotFound;
import org.communitysafety.servicedefaults.web.ETags;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;

/**
 * The use cases of recommendations: a body's scrutiny officers make them; the addressee,
 * and nobody else, records the response.
 */
@Service
public class Recommendations {

    private final RecommendationRepository repository;

    private final Bodies bodies;

    private final BodyOfficers officers;

    private final Replica replica;

    private final RecommendationProperties properties;

    private final AggregateStore store;

    private final Clock clock;

    Recommendations(RecommendationRepository repository, Bodies bodies, BodyOfficers officers, Replica replica,
            RecommendationProperties properties, AggregateStore store, Clock clock) {
        this.repository = repository;
        this.bodies = bodies;
        this.officers = officers;
        this.replica = replica;
        this.properties = properties;
        this.store = store;
        this.clock = clock;
    }

    Recommendation make(String bodyId, MakeRecommendationRequest request) {
        ScrutinyBody body = bodies.get(bodyId);
        officers.checkActFor(body, "make its recommendations");
        replica.checkKnown(kindOf(request.addresseeKind()), request.addresseeId());
        var made = Recommendation.make(body, request, properties.responseWithin(), today());
        return store.insert(made.aggregate(), List.of(made.event()));
    }

    Recommendation respond(String id, RecordResponseRequest request, String ifMatch) {
        Recommendation recommendation = get(id);
        String organisation = officers.organisation();
        checkAddressee(recommendation, organisation);
        ETags.checkIfMatch(ifMatch, recommendation.version());
        if (request.actionIds() != null) {
            request.actionIds().forEach(action -> replica.checkKnown(ReferenceKind.ACTION, action));
        }
        var responded = recommendation.respond(request, organisation, today());
        return store.update(responded.aggregate(), List.of(responded.event()));
    }

    public Recommendation get(String id) {
        return repository.findById(id).orElseThrow(() -> new ResourceNotFound("No recommendation '" + id + "'"));
    }

    public Page<Recommendation> list(String bodyId, Pageable pageable) {
        return bodyId == null ? repository.findAll(pageable) : repository.findByBodyId(bodyId, pageable);
    }

    public List<Recommendation> ofBody(String bodyId) {
        return repository.findAllByBodyId(bodyId);
    }

    public LocalDate today() {
        return UkCalendar.today(clock);
    }

    /**
     * The addressee answers: the organisation itself, or the organisation that runs the
     * partnership addressed (as the partnership service last said).
     */
    private void checkAddressee(Recommendation recommendation, String organisation) {
        if (BodyOfficers.hasRole(RoleNames.ADMINISTRATOR)) {
            return;
        }
        String answers = recommendation.addresseeKind() == AddresseeKind.ORGANISATION ? recommendation.addresseeId()
                : replica.find(ReferenceKind.PARTNERSHIP, recommendation.addresseeId())
                    .map(KnownReference::managedBy)
                    .orElse(null);
        if (!organisation.equals(answers)) {
            throw new NotPermitted(
                    "Only the addressee of this recommendation (" + recommendation.addresseeKind().name().toLowerCase()
                            + " '" + recommendation.addresseeId()
                            + (answers == null || recommendation.addresseeKind() == AddresseeKind.ORGANISATION ? ""
                                    : "', run by '" + answers)
                            + "') records its response; you act for '" + organisation + "'");
        }
    }

    private static ReferenceKind kindOf(AddresseeKind kind) {
        return kind == AddresseeKind.ORGANISATION ? ReferenceKind.ORGANISATION : ReferenceKind.PARTNERSHIP;
    }

}
