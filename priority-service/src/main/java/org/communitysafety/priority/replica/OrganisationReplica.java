package org.communitysafety.priority.replica;

import java.util.Map;
import java.util.Set;

import org.communitysafety.priority.events.EventHandler;
import org.communitysafety.priority.events.OrganisationRecorded;
import org.communitysafety.servicedefaults.consumer.InboundEvents;
import org.communitysafety.servicedefaults.events.CloudEvent;
import org.springframework.stereotype.Component;

/** Keeps the organisation replica from the partnership service's events. */
@Component
class OrganisationReplica implements EventHandler {

    private final ReplicaWrites writes;

    private final InboundEvents inbound;

    OrganisationReplica(ReplicaWrites writes, InboundEvents inbound) {
        this.writes = writes;
        this.inbound = inbound;
    }

    @Override
    public String name() {
        return "priority-organisation-replica";
    }

    @Override
    public Set<String> eventTypes() {
        return Set.of(OrganisationRecorded.REGISTERED, OrganisationRecorded.UPDATED);
    }

    @Override
    public void handle(CloudEvent event) {
        OrganisationRecorded organisation = inbound.data(event, OrganisationRecorded.class);
        writes.applyIfNotOlder(Organisation.class, organisation.organisationId(), EventHandler.timeOf(event),
                Map.of("name", organisation.name()));
    }

}
