package org.communitysafety.partnership.membership;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.communitysafety.partnership.organisation.Organisations;
import org.communitysafety.partnership.partnership.Partnership;
import org.communitysafety.partnership.partnership.Partnerships;
import org.communitysafety.servicedefaults.outbox.AggregateStore;
import org.communitysafety.servicedefaults.problem.RuleViolated;
import org.springframework.stereotype.Service;

/** The use cases of group membership. */
@Service
class Memberships {

    private static final ZoneId UK = ZoneId.of("Europe/London");

    private final MembershipRepository repository;

    private final Partnerships partnerships;

    private final Organisations organisations;

    private final AggregateStore store;

    private final Clock clock;

    Memberships(MembershipRepository repository, Partnerships partnerships, Organisations organisations,
            AggregateStore store, Clock clock) {
        this.repository = repository;
        this.partnerships = partnerships;
        this.organisations = organisations;
        this.store = store;
        this.clock = clock;
    }

    Membership appoint(String partnershipCode, AppointMemberRequest request) {
        Partnership partnership = partnerships.get(partnershipCode);
        LocalDate today = LocalDate.now(clock.withZone(UK));
        if (partnership.isDissolved()) {
            throw new RuleViolated("'" + partnership.name() + "' is dissolved; nobody can be appointed to it");
        }
        if (!organisations.exists(request.organisation())) {
            throw new RuleViolated("Organisation '" + request.organisation() + "' is not registered");
        }
        if (!partnership.hasMemberOrganisation(request.organisation())) {
            throw new RuleViolated("Organisation '" + request.organisation() + "' is not a member organisation of '"
                    + partnership.name() + "'");
        }
        if (request.endDate() != null && request.startDate() != null && request.endDate().isBefore(request.startDate())) {
            throw new RuleViolated("The end date is before the start date");
        }
        var appointment = Membership.appoint(partnership.id(), partnership.name(), request, today);
        LocalDate startDate = appointment.membership().startDate();
        List<Membership> current = repository.findByPartnershipId(partnership.id()).stream()
                .filter(member -> member.isCurrentOn(startDate)).toList();
        if (request.roleOnGroup() == RoleOnGroup.CHAIR
                && current.stream().anyMatch(member -> member.roleOnGroup() == RoleOnGroup.CHAIR)) {
            throw new RuleViolated("'" + partnership.name() + "' already has a chair; stand them down first");
        }
        if (current.stream().anyMatch(member -> member.email().equals(appointment.membership().email()))) {
            throw new RuleViolated(appointment.membership().email() + " is already a member of '" + partnership.name() + "'");
        }
        return store.insert(appointment.membership(), List.of(appointment.event()));
    }

    List<Membership> currentMembers(String partnershipCode) {
        Partnership partnership = partnerships.get(partnershipCode);
        LocalDate today = LocalDate.now(clock.withZone(UK));
        return repository.findByPartnershipId(partnership.id()).stream().filter(member -> member.isCurrentOn(today)).toList();
    }
}
