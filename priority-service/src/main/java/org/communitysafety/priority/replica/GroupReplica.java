package org.communitysafety.priority.replica;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.communitysafety.priority.events.EventHandler;
import org.communitysafety.priority.events.GroupMembersChanged;
import org.communitysafety.priority.events.GroupRecorded;
import org.communitysafety.priority.events.GroupStatusChanged;
import org.communitysafety.servicedefaults.consumer.InboundEvents;
import org.communitysafety.servicedefaults.events.CloudEvent;
import org.springframework.stereotype.Component;

/**
 * Keeps the group replica from the partnership service's events. A dissolved group stays
 * in the replica, so that its plans and their history keep naming it.
 */
@Component
class GroupReplica implements EventHandler {

    private final ReplicaWrites writes;

    private final InboundEvents inbound;

    GroupReplica(ReplicaWrites writes, InboundEvents inbound) {
        this.writes = writes;
        this.inbound = inbound;
    }

    @Override
    public String name() {
        return "priority-group-replica";
    }

    @Override
    public Set<String> eventTypes() {
        return Set.of(GroupRecorded.FORMED, GroupRecorded.UPDATED, GroupStatusChanged.TYPE, GroupMembersChanged.ADDED,
                GroupMembersChanged.REMOVED);
    }

    @Override
    public void handle(CloudEvent event) {
        var asOf = EventHandler.timeOf(event);
        switch (event.type()) {
            case GroupStatusChanged.TYPE -> {
                GroupStatusChanged changed = inbound.data(event, GroupStatusChanged.class);
                writes.applyIfNotOlder(Group.class, changed.partnershipId(), asOf, Map.of("status", changed.status()));
            }
            case GroupMembersChanged.ADDED, GroupMembersChanged.REMOVED -> {
                GroupMembersChanged changed = inbound.data(event, GroupMembersChanged.class);
                writes.applyIfNotOlder(Group.class, changed.partnershipId(), asOf,
                        Map.of("memberOrganisations", changed.memberOrganisations()));
            }
            default -> {
                GroupRecorded group = inbound.data(event, GroupRecorded.class);
                Map<String, Object> fields = new LinkedHashMap<>();
                fields.put("name", group.name());
                fields.put("kind", group.kind());
                fields.put("reportsTo", group.reportsTo());
                fields.put("managedBy", group.managedBy());
                if (group.status() != null) {
                    fields.put("status", group.status());
                }
                if (group.memberOrganisations() != null) {
                    fields.put("memberOrganisations", group.memberOrganisations());
                }
                writes.applyIfNotOlder(Group.class, group.partnershipId(), asOf, fields);
            }
        }
    }

}
