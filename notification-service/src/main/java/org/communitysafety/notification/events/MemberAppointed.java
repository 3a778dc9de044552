package org.communitysafety.notification.events;

import java.time.LocalDate;
import java.util.regex.Pattern;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.communitysafety.servicedefaults.validation.InputRules;

/**
 * This service's reading of {@code org.communitysafety.partnership.member-appointed.v1}
 * (contract: the partnership service's
 * {@code contracts/events/member-appointed.v1.schema.json}): a representative of an
 * organisation was appointed to a group. Only what this service uses is read; fields
 * added later by the producer are ignored. Data without what is needed to tell the member
 * is refused, so the event is dead-lettered rather than half-handled.
 *
 * @param membershipId the membership, the key of the member replica
 * @param partnershipId the group's code
 * @param partnershipName the group's name
 * @param organisationId the code of the organisation they represent
 * @param name the representative's name
 * @param role their role in their organisation
 * @param email where to reach them
 * @param roleOnGroup chair, vice-chair, member or adviser (kept as text: a new role must
 * not stop the alerts)
 * @param delegatedAuthority whether their organisation has recorded their delegated
 * authority (§6.8)
 * @param authorityScope what that authority covers, if recorded
 * @param startDate first day of the membership
 * @param endDate last day, if already known
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record MemberAppointed(String membershipId, String partnershipId, String partnershipName, String organisationId,
        String name, String role, String email, String roleOnGroup, boolean delegatedAuthority, String authorityScope,
        LocalDate startDate, LocalDate endDate) {

    public static final String TYPE = "org.communitysafety.partnership.member-appointed.v1";

    private static final Pattern EMAIL = Pattern.compile(InputRules.EMAIL);

    public MemberAppointed {
        require(membershipId, "membershipId");
        require(partnershipId, "partnershipId");
        require(partnershipName, "partnershipName");
        require(organisationId, "organisationId");
        require(name, "name");
        require(roleOnGroup, "roleOnGroup");
        if (startDate == null) {
            throw new IllegalArgumentException("startDate is required");
        }
        requireEmail(email);
    }

    static void requireEmail(String email) {
        if (email == null || !EMAIL.matcher(email).matches()) {
            throw new IllegalArgumentException("email must be an email address");
        }
    }

    static void require(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(field + " is required");
        }
    }
}
