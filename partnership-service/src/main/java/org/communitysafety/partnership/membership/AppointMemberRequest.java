package org.communitysafety.partnership.membership;

import java.time.LocalDate;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.communitysafety.servicedefaults.validation.InputRules;

/**
 * Appoints a representative of a member organisation to a group.
 *
 * @param organisation the code of the organisation they represent
 * @param name their name
 * @param role their role in their organisation
 * @param email where the platform reaches them
 * @param roleOnGroup chair, vice-chair, member or adviser
 * @param delegatedAuthority whether they may act on behalf of their organisation (§6.8;
 * default no)
 * @param authorityScope what that authority covers (only with delegated authority)
 * @param startDate first day (default today)
 * @param endDate last day, if known
 */
public record AppointMemberRequest(
        @NotBlank @Size(max = InputRules.MAX_CODE) @Pattern(regexp = InputRules.CODE,
                message = InputRules.CODE_MESSAGE) String organisation,
        @NotBlank @Size(max = InputRules.MAX_NAME) String name, @NotBlank @Size(max = InputRules.MAX_NAME) String role,
        @NotBlank @Size(max = InputRules.MAX_EMAIL) @Email(regexp = InputRules.EMAIL) String email,
        @NotNull RoleOnGroup roleOnGroup, Boolean delegatedAuthority,
        @Size(max = InputRules.MAX_TEXT) String authorityScope, LocalDate startDate, LocalDate endDate) {
}
