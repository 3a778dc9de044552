package org.communitysafety.notification.appointment;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.communitysafety.notification.alert.Notice;
import org.communitysafety.notification.alert.Notices;
import org.communitysafety.notification.events.EventHandler;
import org.communitysafety.notification.events.MemberAppointed;
import org.communitysafety.notification.events.Representative;
import org.communitysafety.notification.mail.Wording;
import org.communitysafety.notification.member.Members;
import org.communitysafety.notification.organisation.Organisations;
import org.communitysafety.notification.preference.AlertKind;
import org.communitysafety.notification.recipient.Recipient;
import org.communitysafety.servicedefaults.calendar.UkCalendar;
import org.communitysafety.servicedefaults.consumer.InboundEvents;
import org.communitysafety.servicedefaults.events.CloudEvent;
import org.communitysafety.servicedefaults.personaldata.PersonalDataKeyring;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Tells a representative, by email, that they were appointed to a group: where, as what,
 * for whom, from when, and what the delegated authority expected of them means (source
 * §6.8).
 */
@Component
class AppointmentAlert implements EventHandler {

    private static final Logger log = LoggerFactory.getLogger(AppointmentAlert.class);

    private final InboundEvents inbound;

    private final Members members;

    private final Organisations organisations;

    private final Notices notices;

    private final PersonalDataKeyring keyring;

    private final Clock clock;

    AppointmentAlert(InboundEvents inbound, Members members, Organisations organisations, Notices notices,
            PersonalDataKeyring keyring, Clock clock) {
        this.inbound = inbound;
        this.members = members;
        this.organisations = organisations;
        this.notices = notices;
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
        String group = appointed.partnershipName();
        Map<String, Object> model = new HashMap<>();
        model.put("groupName", group);
        model.put("roleAs", asRole(appointed.roleOnGroup()));
        model.put("organisationName", organisations.nameOf(appointed.organisationId()));
        model.put("personRole", person.get().role());
        model.put("startsOn", Wording.date(appointed.startDate()));
        model.put("endsOn", Wording.date(appointed.endDate()));
        model.put("delegatedAuthority", appointed.delegatedAuthority());
        model.put("authorityScope", appointed.authorityScope());
        notices.tell(
                new Notice(AlertKind.APPOINTMENT, event, "appointment", model,
                        "/api/v1/open/partnerships/" + appointed.partnershipId(), "Appointed to " + group),
                List.of(new Recipient(appointed.membershipId(), person.get().name(), person.get().email(),
                        "you were appointed to " + group)));
    }

    private static String asRole(String roleOnGroup) {
        return switch (roleOnGroup) {
            case "CHAIR" -> "as its chair";
            case "VICE_CHAIR" -> "as its vice-chair";
            case "MEMBER" -> "as a member";
            case "ADVISER" -> "as an adviser";
            default -> "as " + roleOnGroup.toLowerCase(Locale.ROOT).replace('_', ' ');
        };
    }

}
