package org.communitysafety.partnership.membership;

import java.time.LocalDate;

import org.communitysafety.partnership.partnership.Representatives;
import org.springframework.stereotype.Component;

/** Tells the partnership feature who still serves on a group, from the memberships. */
@Component
class RepresentativesOnGroups implements Representatives {

    private final MembershipRepository repository;

    RepresentativesOnGroups(MembershipRepository repository) {
        this.repository = repository;
    }

    @Override
    public long servingAfter(String partnership, String organisation, LocalDate day) {
        return repository.findByPartnershipId(partnership)
            .stream()
            .filter(member -> organisation == null || organisation.equals(member.organisationId()))
            .filter(member -> member.endDate() == null || member.endDate().isAfter(day))
            .count();
    }

}
