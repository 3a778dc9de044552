package org.communitysafety.scrutiny.overlap;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.communitysafety.scrutiny.body.ScrutinyBody;
import org.communitysafety.scrutiny.meeting.Meeting;
import org.communitysafety.scrutiny.meeting.Meetings;
import org.communitysafety.scrutiny.meeting.Reference;
import org.communitysafety.scrutiny.recommendation.AddresseeKind;
import org.communitysafety.scrutiny.recommendation.Recommendation;
import org.communitysafety.scrutiny.recommendation.Recommendations;
import org.communitysafety.scrutiny.replica.ReferenceKind;
import org.communitysafety.scrutiny.replica.Replica;
import org.springframework.stereotype.Component;

/**
 * A body's published work: the public items of its published agendas and its
 * recommendations. Only what is already public is shared, so no restricted or draft item
 * reaches another body this way.
 */
@Component
class PublishedWork {

    private final Meetings meetings;

    private final Recommendations recommendations;

    private final Replica replica;

    PublishedWork(Meetings meetings, Recommendations recommendations, Replica replica) {
        this.meetings = meetings;
        this.recommendations = recommendations;
        this.replica = replica;
    }

    List<WorkItem> of(ScrutinyBody body) {
        List<WorkItem> work = new ArrayList<>();
        for (Meeting meeting : meetings.scheduledBy(body.id())) {
            if (!meeting.isAgendaPublished()) {
                continue;
            }
            meeting.items()
                .stream()
                .filter(item -> !item.restricted())
                .forEach(item -> work.add(new WorkItem(body.id(), body.name(), WorkItem.Source.AGENDA_ITEM,
                        item.title(), meeting.day(), item.references(), topicsOf(item.references()))));
        }
        for (Recommendation recommendation : recommendations.ofBody(body.id())) {
            List<Reference> references = recommendation.addresseeKind() == AddresseeKind.PARTNERSHIP
                    ? List.of(new Reference(ReferenceKind.PARTNERSHIP, recommendation.addresseeId())) : List.of();
            work.add(new WorkItem(body.id(), body.name(), WorkItem.Source.RECOMMENDATION,
                    recommendation.review() + ": " + recommendation.title(), recommendation.sentOn(), references,
                    topicsOf(references)));
        }
        return work;
    }

    /**
     * The partnerships and priorities the references bear on: themselves, and the
     * partnership a priority, plan or action belongs to.
     */
    private List<Reference> topicsOf(List<Reference> references) {
        Set<Reference> topics = new LinkedHashSet<>();
        for (Reference reference : references) {
            if (reference.kind() == ReferenceKind.PARTNERSHIP || reference.kind() == ReferenceKind.PRIORITY) {
                topics.add(reference);
            }
            if (reference.kind() != ReferenceKind.PARTNERSHIP && reference.kind() != ReferenceKind.ORGANISATION) {
                replica.find(reference.kind(), reference.id())
                    .filter(known -> known.partnershipId() != null)
                    .ifPresent(known -> topics.add(new Reference(ReferenceKind.PARTNERSHIP, known.partnershipId())));
            }
        }
        return List.copyOf(topics);
    }

}
