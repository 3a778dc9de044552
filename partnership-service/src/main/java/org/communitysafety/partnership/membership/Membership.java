package org.communitysafety.partnership.membership;

import java.time.LocalDate;
import java.util.UUID;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A representative of an organisation on a group, with delegated authority to act for their organisation and
 * take actions through it on the group's behalf (source §6.8).
 */
@Document("memberships")
public class Membership {

    @Id
    private String id;

    @Version
    private Long version;

    private String partnershipId;

    private String organisationId;

    private String name;

    private String role;

    private String email;

    private RoleOnGroup roleOnGroup;

    private boolean delegatedAuthority;

    private String authorityScope;

    private LocalDate startDate;

    private LocalDate endDate;

    Membership() {
    }

    static Appointment appoint(String partnershipId, String partnershipName, AppointMemberRequest request, LocalDate today) {
        Membership membership = new Membership();
        membership.id = UUID.randomUUID().toString();
        membership.partnershipId = partnershipId;
        membership.organisationId = request.organisation();
        membership.name = request.name();
        membership.role = request.role();
        membership.email = request.email().trim().toLowerCase(java.util.Locale.ROOT);
        membership.roleOnGroup = request.roleOnGroup();
        membership.delegatedAuthority = Boolean.TRUE.equals(request.delegatedAuthority());
        membership.authorityScope = request.authorityScope();
        membership.startDate = request.startDate() == null ? today : request.startDate();
        membership.endDate = request.endDate();
        return new Appointment(membership, new MemberAppointed(membership.id, partnershipId, partnershipName,
                membership.organisationId, membership.name, membership.role, membership.email, membership.roleOnGroup,
                membership.delegatedAuthority, membership.authorityScope, membership.startDate, membership.endDate));
    }

    record Appointment(Membership membership, MemberAppointed event) {
    }

    /** Whether the membership is in force on the given day. */
    public boolean isCurrentOn(LocalDate day) {
        return !startDate.isAfter(day) && (endDate == null || !endDate.isBefore(day));
    }

    public String id() {
        return id;
    }

    public long version() {
        return version;
    }

    public String partnershipId() {
        return partnershipId;
    }

    public String organisationId() {
        return organisationId;
    }

    public String name() {
        return name;
    }

    public String role() {
        return role;
    }

    public String email() {
        return email;
    }

    public RoleOnGroup roleOnGroup() {
        return roleOnGroup;
    }

    public boolean delegatedAuthority() {
        return delegatedAuthority;
    }

    public String authorityScope() {
        return authorityScope;
    }

    public LocalDate startDate() {
        return startDate;
    }

    public LocalDate endDate() {
        return endDate;
    }
}
