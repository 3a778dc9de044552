package org.communitysafety.notification.appointment;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;

import org.communitysafety.notification.delivery.Alert;
import org.communitysafety.notification.delivery.Deliveries;
import org.communitysafety.notification.events.EventHandler;
import org.communitysafety.notification.events.MemberAppointed;
import org.communitysafety.notification.organisation.Organisations;
import org.communitysafety.servicedefaults.consumer.InboundEvents;
import org.communitysafety.servicedefaults.events.CloudEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** Tells a representative, by email, that they were appointed to a group. */
@Component
class AppointmentAlert implements EventHandler {

    static final String KIND = "APPOINTMENT";

    private static final Logger log = LoggerFactory.getLogger(AppointmentAlert.class);

    private static final ZoneId UK = ZoneId.of("Europe/London");

    private final InboundEvents inbound;

    private final Organisations organisations;

    private final Deliveries deliveries;

    private final Clock clock;

    AppointmentAlert(InboundEvents inbound, Organisations organisations, Deliveries deliveries, Clock clock) {
        this.inbound = inbound;
        this.organisations = organisations;
        this.deliveries = deliveries;
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
        // An appointment that has already ended (read late, or replayed) is news to nobody.
        if (appointed.endDate() != null && appointed.endDate().isBefore(LocalDate.now(clock.withZone(UK)))) {
            log.info("No appointment alert for membership {}: it ended on {}", appointed.membershipId(),
                    appointed.endDate());
            return;
        }
        AppointmentEmail email = AppointmentEmail.of(appointed, organisations.nameOf(appointed.organisationId()));
        deliveries.queue(new Alert(KIND, event.id(), event.subject(), appointed.email(), email.subject(), email.body(),
                event.traceparent()));
    }
}
