package org.communitysafety.partnership.partnership;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.communitysafety.partnership.area.CountyArea;
import org.communitysafety.servicedefaults.validation.InputRules;

/**
 * Forms a partnership or group.
 *
 * @param code its lasting identifier, e.g. {@code northampton-csp}
 * @param name its name
 * @param kind its kind
 * @param status proposed or active (default active)
 * @param areas the GSS codes of the county's areas it covers; a CSP may cover more than
 * one district
 * @param reportsTo the code of the group it reports to, if any
 * @param memberOrganisations the codes of its registered member organisations
 * @param statusSince since when it has had that status (default today; never a day to
 * come)
 * @param reportingCadence how often it is updated on community safety activity, an
 * ISO-8601 period, e.g. {@code P6M} for the county strategy group (§6.3)
 * @param description what it is, in a sentence, where its name does not say
 * @param managedBy the code of the registered organisation that runs it (its
 * secretariat), e.g. a district council for its CSP (§6.5) or the county council for a
 * countywide group (§6.4); its group managers manage the group
 */
public record FormPartnershipRequest(
        @NotBlank @Size(max = InputRules.MAX_CODE) @Pattern(regexp = InputRules.CODE,
                message = InputRules.CODE_MESSAGE) String code,
        @NotBlank @Size(max = InputRules.MAX_NAME) String name, @NotNull PartnershipKind kind, PartnershipStatus status,
        @NotNull @Size(max = 20) List<@NotNull @CountyArea String> areas,
        @Size(max = InputRules.MAX_CODE) @Pattern(regexp = InputRules.CODE,
                message = InputRules.CODE_MESSAGE) String reportsTo,
        @NotNull @Size(max = InputRules.MAX_LIST) List<@NotNull @Pattern(regexp = InputRules.CODE,
                message = InputRules.CODE_MESSAGE) String> memberOrganisations,
        LocalDate statusSince,
        @Pattern(regexp = InputRules.PERIOD, message = InputRules.PERIOD_MESSAGE) String reportingCadence,
        @Size(max = InputRules.MAX_TEXT) String description,
        @NotBlank @Size(max = InputRules.MAX_CODE) @Pattern(regexp = InputRules.CODE,
                message = InputRules.CODE_MESSAGE) String managedBy) {
}
