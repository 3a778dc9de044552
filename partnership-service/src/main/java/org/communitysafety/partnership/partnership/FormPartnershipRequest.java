package org.communitysafety.partnership.partnership;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.communitysafety.partnership.config.Codes;

/**
 * Forms a partnership or group.
 *
 * @param code its lasting identifier, e.g. {@code northampton-csp}
 * @param name its name
 * @param kind its kind
 * @param status proposed or active (default active)
 * @param areas the GSS codes of the areas it covers; a CSP may cover more than one district
 * @param reportsTo the code of the group it reports to, if any
 * @param memberOrganisations the codes of its registered member organisations
 */
public record FormPartnershipRequest(
        @NotBlank @Size(max = Codes.MAX_CODE) @Pattern(regexp = Codes.CODE, message = Codes.CODE_MESSAGE) String code,
        @NotBlank @Size(max = 200) String name,
        @NotNull PartnershipKind kind,
        PartnershipStatus status,
        @NotNull @Size(max = 20) List<@NotNull @Pattern(regexp = Codes.GSS, message = Codes.GSS_MESSAGE) String> areas,
        @Size(max = Codes.MAX_CODE) @Pattern(regexp = Codes.CODE, message = Codes.CODE_MESSAGE) String reportsTo,
        @NotNull @Size(max = 100) List<@NotNull @Pattern(regexp = Codes.CODE, message = Codes.CODE_MESSAGE) String> memberOrganisations) {
}
