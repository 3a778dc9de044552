package org.communitysafety.partnership.membership;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.communitysafety.servicedefaults.aggregate.Changed;
import org.communitysafety.servicedefaults.aggregate.FieldChanges;
import org.communitysafety.servicedefaults.personaldata.PersonalDataSeal;
import org.communitysafety.servicedefaults.personaldata.SealedPersonalData;
import org.communitysafety.servicedefaults.problem.RuleViolated;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A representative of an organisation on a group, with delegated authority to act for
 * their organisation and take actions through it on the group's behalf (source §6.8).
 *
 * @param id the membership
 * @param version its version, also its ETag
 * @param partnershipId the group's code
 * @param organisationId the code of the organisation they represent
 * @param name their name ({@code (erased)} once erased)
 * @param role their role in their organisation
 * @param email where to reach them, lower case (none once erased)
 * @param roleOnGroup chair, vice-chair, member or adviser
 * @param delegatedAuthority whether they may act on behalf of their organisation
 * @param authorityScope what that authority covers; only with delegated authority
 * @param startDate first day
 * @param endDate last day, if known
 * @param standDownReason why they stood down, if recorded
 * @param erasedOn when their personal data was erased, if it was
 */
@Document(Membership.COLLECTION)
public record Membership(@Id String id, @Version Long version, String partnershipId, String organisationId, String name,
        String role, String email, RoleOnGroup roleOnGroup, boolean delegatedAuthority, String authorityScope,
        LocalDate startDate, LocalDate endDate, String standDownReason, LocalDate erasedOn) {

    /** Where these documents are kept; their history is found by it. */
    public static final String COLLECTION = "memberships";

    /** What a person's name and role read once they are erased. */
    static final String ERASED = "(erased)";

    static Changed<Membership, MemberAppointed> appoint(String partnershipId, String partnershipName,
            AppointMemberRequest request, LocalDate today, PersonalDataSeal seal) {
        Term term = Term.appointed(request.startDate() == null ? today : request.startDate(), request.endDate());
        checkScope(Boolean.TRUE.equals(request.delegatedAuthority()), request.authorityScope());
        Membership membership = new Membership(UUID.randomUUID().toString(), null, partnershipId,
                request.organisation(), request.name().strip(), request.role().strip(), normalised(request.email()),
                request.roleOnGroup(), Boolean.TRUE.equals(request.delegatedAuthority()), request.authorityScope(),
                term.start(), term.end(), null, null);
        return new Changed<>(membership,
                new MemberAppointed(membership.id, partnershipId, partnershipName, membership.organisationId,
                        membership.sealedDetails(seal), membership.roleOnGroup, membership.delegatedAuthority,
                        membership.authorityScope, membership.startDate, membership.endDate));
    }

    Changed<Membership, MemberStoodDown> standDown(LocalDate lastDay, String reason, LocalDate today) {
        Term ended = term().standingDownOn(lastDay, today);
        Membership stoodDown = new Membership(id, version, partnershipId, organisationId, name, role, email,
                roleOnGroup, delegatedAuthority, authorityScope, startDate, ended.end(), reason, erasedOn);
        return new Changed<>(stoodDown, new MemberStoodDown(id, partnershipId, organisationId, ended.end(), reason));
    }

    /**
     * Takes the details given (a null keeps the current one) while the membership lasts.
     */
    Optional<Changed<Membership, MemberDetailsChanged>> changeDetails(ChangeMemberDetailsRequest details,
            LocalDate today, PersonalDataSeal seal) {
        if (erasedOn != null || term().isOverBy(today)) {
            throw new RuleViolated("This membership ended on " + endDate + "; its record is kept as it was");
        }
        var changes = new FieldChanges();
        boolean delegated = changes.take("delegatedAuthority", delegatedAuthority, details.delegatedAuthority());
        Membership changed = new Membership(id, version, partnershipId, organisationId,
                changes.take("name", name, details.name() == null ? null : details.name().strip()),
                changes.take("role", role, details.role() == null ? null : details.role().strip()),
                changes.take("email", email, normalised(details.email())),
                changes.take("roleOnGroup", roleOnGroup, details.roleOnGroup()), delegated,
                // Without delegated authority no scope is kept, so withdrawing it needs
                // no second change.
                delegated ? changes.take("authorityScope", authorityScope, details.authorityScope())
                        : changes.set("authorityScope", authorityScope, details.authorityScope()),
                startDate, endDate, standDownReason, erasedOn);
        checkScope(changed.delegatedAuthority, changed.authorityScope);
        return changes.isEmpty() ? Optional.empty()
                : Optional.of(new Changed<>(changed,
                        new MemberDetailsChanged(id, partnershipId, organisationId, changed.sealedDetails(seal),
                                changed.roleOnGroup, changed.delegatedAuthority, changed.authorityScope, startDate,
                                endDate, changes.changed())));
    }

    /**
     * The person's details replaced, keeping the organisation's seat on the record; they
     * serve no longer.
     */
    Membership erased(LocalDate today) {
        Term ended = term().endedBefore(today);
        return new Membership(id, version, partnershipId, organisationId, ERASED, ERASED, null, roleOnGroup,
                delegatedAuthority, authorityScope, startDate, ended.end(), standDownReason, today);
    }

    /** The person's details as events carry them: sealed with this membership's key. */
    private SealedPersonalData sealedDetails(PersonalDataSeal seal) {
        return seal.seal(id, new RepresentativeDetails(name, role, email));
    }

    private static void checkScope(boolean delegated, String scope) {
        if (!delegated && scope != null && !scope.isBlank()) {
            throw new RuleViolated("A scope of delegated authority needs delegated authority (§6.8); set "
                    + "delegatedAuthority to true or leave the scope out");
        }
    }

    Term term() {
        return new Term(startDate, endDate);
    }

    /** Whether the membership is in force on the given day. */
    public boolean isCurrentOn(LocalDate day) {
        return term().includes(day);
    }

    static String normalised(String email) {
        return email == null ? null : email.strip().toLowerCase(Locale.ROOT);
    }
}
