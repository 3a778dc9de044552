package org.communitysafety.partnership.partnership;

import java.time.Clock;
import java.util.List;

import org.communitysafety.servicedefaults.calendar.UkCalendar;
import org.communitysafety.partnership.organisation.Organisations;
import org.communitysafety.servicedefaults.outbox.AggregateStore;
import org.communitysafety.servicedefaults.problem.RuleViolated;
import org.springframework.stereotype.Service;

/**
 * The use cases of a group's member organisations (§6.2): the agencies whose
 * representatives may sit on it.
 */
@Service
class MemberOrganisations {

    private final Partnerships partnerships;

    private final Organisations organisations;

    private final Representatives representatives;

    private final AggregateStore store;

    private final Clock clock;

    MemberOrganisations(Partnerships partnerships, Organisations organisations, Representatives representatives,
            AggregateStore store, Clock clock) {
        this.partnerships = partnerships;
        this.organisations = organisations;
        this.representatives = representatives;
        this.store = store;
        this.clock = clock;
    }

    /** Adds the organisation; adding one that is already a member changes nothing. */
    Partnership add(String code, String organisation, String ifMatch, GroupManagement management) {
        Partnership partnership = partnerships.current(code, ifMatch, management);
        if (!organisations.exists(organisation)) {
            throw new RuleViolated("Organisation '" + organisation + "' is not registered");
        }
        return partnership.addMemberOrganisation(organisation)
            .map(added -> store.update(added.aggregate(), List.of(added.event())))
            .orElse(partnership);
    }

    /**
     * Removes the organisation once none of its representatives serves; removing a
     * non-member changes nothing.
     */
    Partnership remove(String code, String organisation, String ifMatch, GroupManagement management) {
        Partnership partnership = partnerships.current(code, ifMatch, management);
        long serving = representatives.servingAfter(code, organisation, UkCalendar.today(clock));
        if (serving > 0) {
            throw new RuleViolated("'" + organisation + "' still has " + serving + " representative(s) serving on '"
                    + partnership.name() + "'; stand them down first");
        }
        return partnership.removeMemberOrganisation(organisation)
            .map(removed -> store.update(removed.aggregate(), List.of(removed.event())))
            .orElse(partnership);
    }

}
