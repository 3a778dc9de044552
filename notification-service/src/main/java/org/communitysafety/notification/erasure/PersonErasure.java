package org.communitysafety.notification.erasure;

import java.util.Optional;
import java.util.Set;

import org.communitysafety.notification.delivery.Deliveries;
import org.communitysafety.notification.delivery.RecipientErasures;
import org.communitysafety.notification.events.EventHandler;
import org.communitysafety.notification.events.PersonErased;
import org.communitysafety.notification.member.Members;
import org.communitysafety.servicedefaults.consumer.InboundEvents;
import org.communitysafety.servicedefaults.events.CloudEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Forgets a person the partnership service erased: first in the member replica, so that
 * nothing queues them another alert, then in every delivery to them, cancelling those not
 * yet sent. Only the memberships' seats and the erasure id are kept, enough to account
 * for each alert without saying who it went to. Forgetting is idempotent, so an erasure
 * handled again (after a failure part way) finishes what is left.
 */
@Component
class PersonErasure implements EventHandler, RecipientErasures {

    private static final Logger log = LoggerFactory.getLogger(PersonErasure.class);

    private final Members members;

    private final Deliveries deliveries;

    private final InboundEvents inbound;

    PersonErasure(Members members, Deliveries deliveries, InboundEvents inbound) {
        this.members = members;
        this.deliveries = deliveries;
        this.inbound = inbound;
    }

    @Override
    public String name() {
        return "person-erasure";
    }

    @Override
    public Set<String> eventTypes() {
        return Set.of(PersonErased.TYPE);
    }

    @Override
    public void handle(CloudEvent event) {
        PersonErased erased = inbound.data(event, PersonErased.class);
        Set<String> addresses = members.erase(erased);
        int forgotten = deliveries.forgetRecipient(erased.erasureId(), erased.membershipIds(), addresses);
        log.info("Erasure {}: forgot the person behind {} memberships and in {} deliveries", erased.erasureId(),
                erased.membershipIds().size(), forgotten);
    }

    @Override
    public Optional<String> erasureOf(String membershipId) {
        return members.erasureOf(membershipId);
    }

}
