package org.communitysafety.notification.member;

import java.util.Set;

import org.communitysafety.notification.events.EventHandler;
import org.communitysafety.notification.events.MemberAppointed;
import org.communitysafety.notification.events.MemberDetailsChanged;
import org.communitysafety.notification.events.MemberStoodDown;
import org.communitysafety.notification.events.Representative;
import org.communitysafety.servicedefaults.consumer.InboundEvents;
import org.communitysafety.servicedefaults.events.CloudEvent;
import org.communitysafety.servicedefaults.personaldata.PersonalDataKeyring;
import org.springframework.stereotype.Component;

/**
 * Builds the member replica from the partnership service's membership events. Erasures
 * are handled with the delivery log's, by the erasure feature.
 */
@Component
class MemberReplica implements EventHandler {

    private final Members members;

    private final InboundEvents inbound;

    private final PersonalDataKeyring keyring;

    MemberReplica(Members members, InboundEvents inbound, PersonalDataKeyring keyring) {
        this.members = members;
        this.inbound = inbound;
        this.keyring = keyring;
    }

    @Override
    public String name() {
        return "member-replica";
    }

    @Override
    public Set<String> eventTypes() {
        return Set.of(MemberAppointed.TYPE, MemberDetailsChanged.TYPE, MemberStoodDown.TYPE);
    }

    @Override
    public void handle(CloudEvent event) {
        switch (event.type()) {
            case MemberAppointed.TYPE -> {
                MemberAppointed appointed = inbound.data(event, MemberAppointed.class);
                members.appointed(appointed, keyring.open(appointed.personalData(), Representative.class),
                        EventHandler.timeOf(event));
            }
            case MemberDetailsChanged.TYPE -> {
                MemberDetailsChanged changed = inbound.data(event, MemberDetailsChanged.class);
                members.detailsChanged(changed, keyring.open(changed.personalData(), Representative.class),
                        EventHandler.timeOf(event));
            }
            case MemberStoodDown.TYPE ->
                members.stoodDown(inbound.data(event, MemberStoodDown.class), EventHandler.timeOf(event));
            default -> throw new IllegalStateException("The member replica does not handle " + event.type());
        }
    }

}
