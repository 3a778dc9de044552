package org.communitysafety.scrutiny.body;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.communitysafety.servicedefaults.validation.InputRules;

/**
 * Appoints a member to a scrutiny body for a term of office.
 *
 * @param name their name
 * @param kind councillor or co-opted independent member
 * @param appointedBy the local authority appointing a councillor
 * @param startDate first day of the term (default today)
 * @param endDate last day of the term, if known
 */
public record AppointBodyMemberRequest(@NotBlank @Size(max = InputRules.MAX_NAME) String name, @NotNull MemberKind kind,
        @Size(max = InputRules.MAX_CODE) @Pattern(regexp = InputRules.CODE,
                message = InputRules.CODE_MESSAGE) String appointedBy,
        LocalDate startDate, LocalDate endDate) {
}
