package org.communitysafety.scrutiny.replica;

import java.time.Instant;
import java.util.HashSet;
import java.util.Set;

import org.communitysafety.scrutiny.events.ActionFacts;
import org.communitysafety.scrutiny.events.EventHandler;
import org.communitysafety.scrutiny.events.OrganisationFacts;
import org.communitysafety.scrutiny.events.PartnershipFacts;
import org.communitysafety.scrutiny.events.PlanFacts;
import org.communitysafety.scrutiny.events.PriorityFacts;
import org.communitysafety.servicedefaults.consumer.InboundEvents;
import org.communitysafety.servicedefaults.events.CloudEvent;
import org.communitysafety.servicedefaults.events.MalformedEvent;
import org.springframework.stereotype.Component;

/**
 * Keeps the replica from the partnership and priority services' events.
 */
@Component
class ReplicaUpdates implements EventHandler {

    private static final Set<String> TYPES = new HashSet<>();

    static {
        TYPES.addAll(OrganisationFacts.TYPES);
        TYPES.addAll(PartnershipFacts.TYPES);
        TYPES.addAll(PriorityFacts.TYPES);
        TYPES.addAll(PlanFacts.TYPES);
        TYPES.addAll(ActionFacts.TYPES);
    }

    private final Replica replica;

    private final InboundEvents inbound;

    ReplicaUpdates(Replica replica, InboundEvents inbound) {
        this.replica = replica;
        this.inbound = inbound;
    }

    @Override
    public String name() {
        return "scrutiny-replica";
    }

    @Override
    public Set<String> eventTypes() {
        return Set.copyOf(TYPES);
    }

    @Override
    public void handle(CloudEvent event) {
        Instant asOf = timeOf(event);
        String type = event.type();
        if (OrganisationFacts.TYPES.contains(type)) {
            var organisation = inbound.data(event, OrganisationFacts.class);
            replica.apply(ReferenceKind.ORGANISATION, organisation.organisationId(), asOf, organisation.name(), null,
                    null, null);
        }
        else if (PartnershipFacts.TYPES.contains(type)) {
            var partnership = inbound.data(event, PartnershipFacts.class);
            replica.apply(ReferenceKind.PARTNERSHIP, partnership.partnershipId(), asOf, partnership.name(),
                    partnership.partnershipId(), partnership.managedBy(), null);
        }
        else if (PriorityFacts.TYPES.contains(type)) {
            var priority = inbound.data(event, PriorityFacts.class);
            replica.apply(ReferenceKind.PRIORITY, priority.priorityId(), asOf, priority.title(),
                    priority.partnershipId(), null, PriorityFacts.RETIRED.equals(type) ? Boolean.TRUE : null);
        }
        else if (PlanFacts.TYPES.contains(type)) {
            var plan = inbound.data(event, PlanFacts.class);
            replica.apply(ReferenceKind.PLAN, plan.planId(), asOf, plan.title(), plan.partnershipId(), null, null);
        }
        else {
            var action = inbound.data(event, ActionFacts.class);
            replica.apply(ReferenceKind.ACTION, action.actionId(), asOf, action.title(), action.partnershipId(), null,
                    null);
        }
    }

    /**
     * An event without a time (optional in CloudEvents, always set by this platform's
     * producers) cannot be ordered against the others, so it is not applied.
     */
    private static Instant timeOf(CloudEvent event) {
        if (event.time() == null) {
            throw new MalformedEvent("Event " + event.id() + " of type " + event.type() + " has no time");
        }
        return event.time().toInstant();
    }

}
