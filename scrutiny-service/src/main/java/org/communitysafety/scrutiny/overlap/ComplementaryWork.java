package org.communitysafety.scrutiny.overlap;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.communitysafety.scrutiny.body.Bodies;
import org.communitysafety.scrutiny.body.ScrutinyBody;
import org.communitysafety.scrutiny.meeting.Reference;
import org.communitysafety.scrutiny.replica.KnownReference;
import org.communitysafety.scrutiny.replica.Replica;
import org.springframework.stereotype.Service;

/**
 * Shares each crime and disorder committee's work with the Police and Crime Panel and the
 * reverse, and points out where both look at the same partnership or priority (§7.4(b)).
 */
@Service
class ComplementaryWork {

    private final Bodies bodies;

    private final PublishedWork published;

    private final Replica replica;

    ComplementaryWork(Bodies bodies, PublishedWork published, Replica replica) {
        this.bodies = bodies;
        this.published = published;
        this.replica = replica;
    }

    ComplementaryWorkResponse of(String bodyId) {
        ScrutinyBody body = bodies.get(bodyId);
        List<WorkItem> ours = published.of(body);
        List<WorkItem> theirs = new ArrayList<>();
        bodies.all()
            .stream()
            .filter(other -> other.kind() != body.kind())
            .forEach(other -> theirs.addAll(published.of(other)));
        return new ComplementaryWorkResponse(body.id(), theirs, overlaps(ours, theirs));
    }

    private List<Overlap> overlaps(List<WorkItem> ours, List<WorkItem> theirs) {
        Map<Reference, List<WorkItem>> oursByTopic = byTopic(ours);
        Map<Reference, List<WorkItem>> theirsByTopic = byTopic(theirs);
        List<Overlap> overlaps = new ArrayList<>();
        oursByTopic.forEach((topic, work) -> {
            if (theirsByTopic.containsKey(topic)) {
                String name = replica.find(topic.kind(), topic.id()).map(KnownReference::name).orElse(topic.id());
                overlaps.add(new Overlap(topic, name, work, theirsByTopic.get(topic)));
            }
        });
        return overlaps;
    }

    private static Map<Reference, List<WorkItem>> byTopic(List<WorkItem> work) {
        Map<Reference, List<WorkItem>> byTopic = new LinkedHashMap<>();
        for (WorkItem item : work) {
            for (Reference topic : item.topics()) {
                byTopic.computeIfAbsent(topic, key -> new ArrayList<>()).add(item);
            }
        }
        return byTopic;
    }

}
