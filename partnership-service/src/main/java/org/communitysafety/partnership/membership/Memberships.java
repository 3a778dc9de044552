package org.communitysafety.partnership.membership;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

import org.communitysafety.partnership.organisation.Organisations;
import org.communitysafety.partnership.partnership.GroupManagement;
import org.communitysafety.partnership.partnership.Partnership;
import org.communitysafety.partnership.partnership.Partnerships;
import org.communitysafety.servicedefaults.calendar.UkCalendar;
import org.communitysafety.servicedefaults.outbox.AggregateStore;
import org.communitysafety.servicedefaults.personaldata.PersonalDataKeys;
import org.communitysafety.servicedefaults.problem.ConcurrentChange;
import org.communitysafety.servicedefaults.problem.ResourceNotFound;
import org.communitysafety.servicedefaults.problem.RuleViolated;
import org.communitysafety.servicedefaults.web.ETags;
import org.springframework.stereotype.Service;

/**
 * The use cases of group membership: appointing, changing and standing down
 * representatives (by those who manage the group), and who serves.
 */
@Service
public class Memberships {

    private final MembershipRepository repository;

    private final Partnerships partnerships;

    private final Organisations organisations;

    private final GroupRoll roll;

    private final AggregateStore store;

    private final PersonalDataKeys keys;

    private final Clock clock;

    Memberships(MembershipRepository repository, Partnerships partnerships, Organisations organisations, GroupRoll roll,
            AggregateStore store, PersonalDataKeys keys, Clock clock) {
        this.repository = repository;
        this.partnerships = partnerships;
        this.organisations = organisations;
        this.roll = roll;
        this.store = store;
        this.keys = keys;
        this.clock = clock;
    }

    /** Appoints a representative to a group, if the caller manages it. */
    public Membership appoint(String partnershipCode, AppointMemberRequest request, GroupManagement management) {
        Partnership partnership = partnerships.get(partnershipCode);
        management.checkMayManage(partnership);
        if (partnership.isDissolved()) {
            throw new RuleViolated("'" + partnership.name() + "' is dissolved; nobody can be appointed to it");
        }
        if (!organisations.exists(request.organisation())) {
            throw new RuleViolated("Organisation '" + request.organisation() + "' is not registered");
        }
        if (!partnership.hasMemberOrganisation(request.organisation())) {
            throw new RuleViolated("Organisation '" + request.organisation() + "' is not a member organisation of '"
                    + partnership.name() + "'; add it to the group first");
        }
        var appointment = Membership.appoint(partnership.id(), partnership.name(), request, today(), keys);
        roll.admit(appointment.aggregate(), 0, partnership.name());
        return store.insert(appointment.aggregate(), List.of(appointment.event()));
    }

    Membership standDown(String partnershipCode, String id, StandDownRequest request, String ifMatch,
            GroupManagement management) {
        Membership membership = current(managed(partnershipCode, management), id, ifMatch);
        LocalDate lastDay = request.endDate() == null ? today() : request.endDate();
        var stoodDown = membership.standDown(lastDay, request.reason(), today());
        return store.update(stoodDown.aggregate(), List.of(stoodDown.event()));
    }

    Membership changeDetails(String partnershipCode, String id, ChangeMemberDetailsRequest request, String ifMatch,
            GroupManagement management) {
        Partnership partnership = managed(partnershipCode, management);
        Membership membership = current(partnership, id, ifMatch);
        var change = membership.changeDetails(request, today(), keys);
        if (change.isEmpty()) {
            return membership;
        }
        List<String> changed = change.get().event().changed();
        if (changed.contains("email") || changed.contains("roleOnGroup")) {
            roll.admit(change.get().aggregate(), membership.version() + 1, partnership.name());
        }
        return store.update(change.get().aggregate(), List.of(change.get().event()));
    }

    Membership get(String partnershipCode, String id) {
        return membershipOf(partnerships.get(partnershipCode), id);
    }

    /** The group's representatives serving on the day (default today). */
    List<Membership> membersOn(String partnershipCode, LocalDate day) {
        Partnership partnership = partnerships.get(partnershipCode);
        return servingOn(repository.findByPartnershipId(partnership.id()), day);
    }

    /**
     * The organisation's representatives serving on groups on the day (default today).
     */
    List<Membership> ofOrganisationOn(String organisationCode, LocalDate day) {
        organisations.get(organisationCode);
        return servingOn(repository.findByOrganisationId(organisationCode), day);
    }

    /** Every membership, serving or ended, of the person with this email. */
    public List<Membership> ofPerson(String email) {
        return repository.findByEmail(Membership.normalised(email));
    }

    /**
     * Replaces the person's details in each of their memberships, ends those still
     * serving and shreds each membership's key, so that the person's details in every
     * event ever published about them can no longer be read. A membership changed
     * meanwhile is read again and erased all the same: erasure must not lose a race.
     */
    public void erase(String email, List<Membership> held) {
        LocalDate today = today();
        for (Membership membership : held) {
            for (int attempt = 1;; attempt++) {
                Membership latest = repository.findById(membership.id()).orElseThrow();
                try {
                    store.update(latest.erased(today), List.of());
                    break;
                }
                catch (ConcurrentChange ex) {
                    if (attempt == 3) {
                        throw ex;
                    }
                }
            }
        }
        held.forEach(membership -> keys.shred(membership.id()));
        roll.forget(Membership.normalised(email));
    }

    private List<Membership> servingOn(List<Membership> memberships, LocalDate day) {
        LocalDate asAt = day == null ? today() : day;
        return memberships.stream()
            .filter(member -> member.isCurrentOn(asAt))
            .sorted(Comparator.comparing(Membership::partnershipId)
                .thenComparing(Membership::roleOnGroup)
                .thenComparing(Membership::name))
            .toList();
    }

    /** The group, if the caller manages it. */
    private Partnership managed(String partnershipCode, GroupManagement management) {
        Partnership partnership = partnerships.get(partnershipCode);
        management.checkMayManage(partnership);
        return partnership;
    }

    private Membership membershipOf(Partnership partnership, String id) {
        return repository.findById(id)
            .filter(membership -> membership.partnershipId().equals(partnership.id()))
            .orElseThrow(() -> new ResourceNotFound("'" + partnership.id() + "' has no membership '" + id + "'"));
    }

    private Membership current(Partnership partnership, String id, String ifMatch) {
        Membership membership = membershipOf(partnership, id);
        ETags.checkIfMatch(ifMatch, membership.version());
        return membership;
    }

    private LocalDate today() {
        return UkCalendar.today(clock);
    }

}
