package org.communitysafety.partnership.organisation;

import java.util.List;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.communitysafety.partnership.area.CountyArea;
import org.communitysafety.servicedefaults.validation.InputRules;
import org.communitysafety.servicedefaults.web.FullReplacement;

/**
 * New details of an organisation: all of them for a PUT; for a PATCH, only those to
 * change. Its code never changes. An agency may change its own name and areas; its type
 * and responsible-authority standing are the administrator's to change.
 *
 * @param name its name
 * @param type its kind of agency
 * @param responsibleAuthority whether it is a responsible authority
 * @param areas the ONS GSS codes of the county's areas it serves
 */
public record UpdateOrganisationRequest(
        @NotNull(groups = FullReplacement.class) @Size(max = InputRules.MAX_NAME) @Pattern(
                regexp = InputRules.SOME_TEXT, message = InputRules.SOME_TEXT_MESSAGE) String name,
        @NotNull(groups = FullReplacement.class) OrganisationType type,
        @NotNull(groups = FullReplacement.class) Boolean responsibleAuthority,
        @NotNull(groups = FullReplacement.class) @Size(max = 20) List<@NotNull @CountyArea String> areas) {
}
