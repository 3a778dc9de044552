package org.communitysafety.partnership.organisation;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.communitysafety.partnership.area.CountyArea;
import org.communitysafety.servicedefaults.validation.InputRules;

/**
 * Registers an agency.
 *
 * @param code its lasting identifier, lowercase words joined by hyphens, e.g.
 * {@code northamptonshire-police}
 * @param name its name
 * @param type its kind of agency
 * @param responsibleAuthority whether it is a responsible authority
 * @param areas the ONS GSS codes of the county's areas it serves, e.g. {@code E07000154}
 */
public record RegisterOrganisationRequest(
        @NotBlank @Size(max = InputRules.MAX_CODE) @Pattern(regexp = InputRules.CODE,
                message = InputRules.CODE_MESSAGE) String code,
        @NotBlank @Size(max = InputRules.MAX_NAME) String name, @NotNull OrganisationType type,
        @NotNull Boolean responsibleAuthority, @NotNull @Size(max = 20) List<@NotNull @CountyArea String> areas) {
}
