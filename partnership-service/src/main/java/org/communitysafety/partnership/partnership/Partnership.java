package org.communitysafety.partnership.partnership;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.communitysafety.servicedefaults.aggregate.Changed;
import org.communitysafety.servicedefaults.problem.RuleViolated;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A partnership or group, known by its code (e.g. {@code northampton-csp}).
 *
 * @param id its code
 * @param version its version, also its ETag
 * @param name its name
 * @param description what it is, if recorded
 * @param kind its kind
 * @param areas the GSS codes of the county's areas it covers
 * @param reportsTo the code of the group it reports to, if any
 * @param reportingCadence how often it is updated on community safety activity (ISO-8601
 * period), if it is
 * @param status its status now
 * @param statusSince since when
 * @param statusHistory its dated steps, oldest first
 * @param memberOrganisations the codes of the organisations whose representatives may sit
 * on it
 * @param managedBy the code of the organisation that runs it (its secretariat), whose
 * group managers manage it; none only for a group formed before this was recorded
 */
@Document(Partnership.COLLECTION)
public record Partnership(@Id String id, @Version Long version, String name, String description, PartnershipKind kind,
        List<String> areas, String reportsTo, String reportingCadence, PartnershipStatus status, LocalDate statusSince,
        List<StatusChange> statusHistory, List<String> memberOrganisations, String managedBy) {

    /** Where these documents are kept; their history is found by it. */
    public static final String COLLECTION = "partnerships";

    public Partnership {
        // Groups formed before the history was kept have only their current step.
        statusHistory = statusHistory != null ? statusHistory : List.of(new StatusChange(status, statusSince, null));
    }

    static Changed<Partnership, PartnershipFormed> form(FormPartnershipRequest request, LocalDate today) {
        StatusChange formed = Lifecycle.formed(request.status(), request.statusSince(), today);
        Partnership partnership = new Partnership(request.code(), null, null, null, request.kind(), null, null, null,
                formed.status(), formed.since(), List.of(formed), List.copyOf(request.memberOrganisations()), null)
            .with(GroupDetails.of(request));
        return new Changed<>(partnership, new PartnershipFormed(partnership.id, partnership.name, partnership.kind,
                partnership.status, partnership.areas, partnership.reportsTo, partnership.memberOrganisations,
                partnership.reportingCadence, partnership.description, partnership.statusSince, partnership.managedBy));
    }

    /**
     * Takes new details: all of them when replacing, else only those given; nothing
     * happens when none differs.
     */
    Optional<Changed<Partnership, PartnershipUpdated>> update(UpdatePartnershipRequest request, boolean replace) {
        checkOpen();
        GroupDetails current = details();
        GroupDetails proposed = current.with(request, replace);
        List<String> changed = current.differencesFrom(proposed);
        return changed.isEmpty() ? Optional.empty()
                : Optional.of(new Changed<>(with(proposed),
                        new PartnershipUpdated(id, proposed.name(), kind, proposed.areas(), proposed.reportsTo(),
                                proposed.reportingCadence(), proposed.description(), proposed.managedBy(), changed)));
    }

    /**
     * Moves the group on in its life, from a day no earlier than its current status and
     * no later than today.
     */
    Changed<Partnership, PartnershipStatusChanged> changeStatus(PartnershipStatus next, LocalDate since, String reason,
            LocalDate today) {
        List<StatusChange> steps = new ArrayList<>(statusHistory);
        steps.add(Lifecycle.next(name, new StatusChange(status, statusSince, null), next, since, reason, today));
        Partnership changed = new Partnership(id, version, name, description, kind, areas, reportsTo, reportingCadence,
                next, since, List.copyOf(steps), memberOrganisations, managedBy);
        return new Changed<>(changed, new PartnershipStatusChanged(id, name, status, next, since, reason));
    }

    Optional<Changed<Partnership, MemberOrganisationAdded>> addMemberOrganisation(String organisation) {
        checkOpen();
        if (memberOrganisations.contains(organisation)) {
            return Optional.empty();
        }
        List<String> members = new ArrayList<>(memberOrganisations);
        members.add(organisation);
        Partnership changed = withMembers(List.copyOf(members));
        return Optional
            .of(new Changed<>(changed, new MemberOrganisationAdded(id, organisation, changed.memberOrganisations)));
    }

    Optional<Changed<Partnership, MemberOrganisationRemoved>> removeMemberOrganisation(String organisation) {
        checkOpen();
        if (!memberOrganisations.contains(organisation)) {
            return Optional.empty();
        }
        Partnership changed = withMembers(
                memberOrganisations.stream().filter(member -> !member.equals(organisation)).toList());
        return Optional
            .of(new Changed<>(changed, new MemberOrganisationRemoved(id, organisation, changed.memberOrganisations)));
    }

    public boolean isDissolved() {
        return status == PartnershipStatus.DISSOLVED;
    }

    public boolean hasMemberOrganisation(String organisation) {
        return memberOrganisations.contains(organisation);
    }

    GroupDetails details() {
        return new GroupDetails(name, description, areas, reportsTo, reportingCadence, managedBy);
    }

    private void checkOpen() {
        if (isDissolved()) {
            throw new RuleViolated("'" + name + "' was dissolved on " + statusSince + "; it can no longer change");
        }
    }

    private Partnership with(GroupDetails details) {
        return new Partnership(id, version, details.name(), details.description(), kind, details.areas(),
                details.reportsTo(), details.reportingCadence(), status, statusSince, statusHistory,
                memberOrganisations, details.managedBy());
    }

    private Partnership withMembers(List<String> members) {
        return new Partnership(id, version, name, description, kind, areas, reportsTo, reportingCadence, status,
                statusSince, statusHistory, members, managedBy);
    }
}
