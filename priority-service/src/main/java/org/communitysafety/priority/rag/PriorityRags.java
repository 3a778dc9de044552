package org.communitysafety.priority.rag;

import java.util.List;
import java.util.Set;

import org.communitysafety.priority.events.EventHandler;
import org.communitysafety.priority.priority.Priorities;
import org.communitysafety.priority.priority.Priority;
import org.communitysafety.priority.priority.PriorityRetired;
import org.communitysafety.priority.target.Rag;
import org.communitysafety.priority.target.TargetReadingRecorded;
import org.communitysafety.priority.thread.GoldenThread;
import org.communitysafety.servicedefaults.consumer.InboundEvents;
import org.communitysafety.servicedefaults.events.CloudEvent;
import org.communitysafety.servicedefaults.events.DomainEvent;
import org.communitysafety.servicedefaults.outbox.AggregateStore;
import org.springframework.stereotype.Component;

/**
 * Publishes each priority's RAG status when it changes, so that no consumer rolls it up
 * again. It follows this service's own events rather than the request that records a
 * reading: the reading and its event are one write, and once that write is acknowledged
 * the status that follows from it is reassessed and announced even if the service dies
 * right after (the event is on the topic; the status is reassessed when it is read). The
 * status is recomputed from the stored targets each time, so an event read twice, or two
 * readings of one priority's targets read at once (the second reassessment retries on the
 * version the first wrote), end in the same status, announced once per change. Readings
 * recorded faster than they are read here are announced as the status they leave, not as
 * each status in between.
 */
@Component
class PriorityRags implements EventHandler {

    private final PriorityRagRepository repository;

    private final Priorities priorities;

    private final GoldenThread thread;

    private final AggregateStore store;

    private final InboundEvents inbound;

    PriorityRags(PriorityRagRepository repository, Priorities priorities, GoldenThread thread, AggregateStore store,
            InboundEvents inbound) {
        this.repository = repository;
        this.priorities = priorities;
        this.thread = thread;
        this.store = store;
        this.inbound = inbound;
    }

    @Override
    public String name() {
        return "priority-rag";
    }

    @Override
    public Set<String> eventTypes() {
        return Set.of(DomainEvent.typeOf(TargetReadingRecorded.class), DomainEvent.typeOf(PriorityRetired.class));
    }

    /**
     * A reading reassesses its priority and the countywide priority above it; a retired
     * local priority no longer counts towards the one above it.
     */
    @Override
    public void handle(CloudEvent event) {
        if (DomainEvent.typeOf(PriorityRetired.class).equals(event.type())) {
            Priority retired = priorities.get(inbound.data(event, PriorityRetired.class).priorityId());
            reassessParentOf(retired);
        }
        else {
            Priority measured = priorities.get(inbound.data(event, TargetReadingRecorded.class).priorityId());
            reassess(measured);
            reassessParentOf(measured);
        }
    }

    private void reassessParentOf(Priority priority) {
        if (priority.parentId() != null) {
            reassess(priorities.get(priority.parentId()));
        }
    }

    private void reassess(Priority priority) {
        Rag now = ragOf(priority);
        var changed = repository.findById(priority.id())
            .map(held -> held.becomes(now))
            .orElseGet(() -> PriorityRag.first(priority.id(), priority.partnershipId(), now));
        changed.ifPresent(change -> {
            if (change.aggregate().version() == null) {
                store.insert(change.aggregate(), List.of(change.event()));
            }
            else {
                store.update(change.aggregate(), List.of(change.event()));
            }
        });
    }

    /**
     * The golden thread's roll-up of its targets' statuses and its active local
     * priorities'.
     */
    private Rag ragOf(Priority priority) {
        return thread.priority(priority).rag();
    }

}
