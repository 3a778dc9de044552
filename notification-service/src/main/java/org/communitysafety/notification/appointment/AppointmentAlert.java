package org.communitysafety.notification.appointment;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;

import org.communitysafety.notification.delivery.Alert;
import org.communitysafety.notification.delivery.Deliveries;
import org.communitysafety.notification.events.EventHandler;
import org.communitysafety.notification.events.MemberAppointed;
import org.communitysafety.notification.events.Representative;
import org.communitysafety.notification.member.Members;
import org.communitysafety.notification.organisation.Organisations;
import org.communitysafety.servicedefaults.calendar.UkCalendar;
import org.communitysafety.servicedefaults.consumer.InboundEvents;
import org.communitysafety.servicedefaults.events.CloudEvent;
import org.communitysafety.servicedefaults.personaldata.PersonalDataKeyring;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** Tells a representative, by email, that they were appointed to a group. */
@Component
class AppointmentAlert implements EventHandler {

    static final String KIND = "APPOINTMENT";

    private static final Logger log = LoggerFactory.getLogger(AppointmentAlert.class);

    private final InboundEvents inbound;

    private final Members members;

    private final Organisations organisations;

    private final Deliveries deliveries;

    private final PersonalDataKeyring keyring;

    private final Clock clock;

    AppointmentAlert(InboundEvents inbound, Members members, Organisations organisations, Deliveries deliveries,
            PersonalDataKeyring keyring, Clock clock) {
        this.inbound = inbound;
        this.members = members;
        this.organisations = organisations;
        this.deliveries = deliveries;
        this.keyring = keyring;
        this.clock = clock;
    }

    @Override
    public String name() {
        return "appointment-alert";
    }

    @Override
    public Set<String> eventTypes() {
        return Set.of(MemberAppointed.TYPE);
    }

    @Override
    public void handle(CloudEvent event) {
        MemberAppointed appointed = inbound.data(event, MemberAppointed.class);
        LocalDate today = UkCalendar.today(clock);
        // An appointment that has already ended (read late, or replayed after the member
        // stood down) is news to nobody, and a person erased meanwhile (their erasure
        // travels on another partition) is told nothing.
        if (appointed.endDate() != null && appointed.endDate().isBefore(today)
                || members.hasLeftBy(appointed.membershipId(), today)) {
            log.info("No appointment alert for membership {}: it has ended or its person was erased",
                    appointed.membershipId());
            return;
        }
        Optional<Representative> person = keyring.open(appointed.personalData(), Representative.class);
        if (person.isEmpty()) {
            log.info("No appointment alert for membership {}: its person was erased (their key is shredded)",
                    appointed.membershipId());
            return;
        }
        AppointmentEmail email = AppointmentEmail.of(appointed, person.get(),
                organisations.nameOf(appointed.organisationId()));
        deliveries.queue(new Alert(KIND, event.id(), event.subject(), appointed.membershipId(), person.get().email(),
                email.subject(), email.body(), event.traceparent()));
    }

}
