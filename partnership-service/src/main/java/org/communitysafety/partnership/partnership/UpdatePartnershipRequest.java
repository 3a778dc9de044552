package org.communitysafety.partnership.partnership;

import java.util.List;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.communitysafety.partnership.area.CountyArea;
import org.communitysafety.servicedefaults.validation.InputRules;
import org.communitysafety.servicedefaults.web.FullReplacement;

/**
 * New details of a group. A PUT gives them all (name and areas required; a missing
 * reportsTo, cadence or description clears it); a PATCH gives only those to change. Its
 * code and kind never change; its status changes through {@code /status} and its member
 * organisations through {@code /member-organisations}. Only an administrator may name
 * another organisation to run it (a group manager who tries is refused, 403); leaving
 * {@code managedBy} out keeps it, on a PUT too, since a group is never run by nobody.
 *
 * @param name its name
 * @param description what it is
 * @param areas the GSS codes of the county's areas it covers
 * @param reportsTo the code of the group it reports to; never itself or a group reporting
 * to it
 * @param reportingCadence how often it is updated on community safety activity, e.g.
 * {@code P6M}
 * @param managedBy the code of the registered organisation to run it (administrators
 * only)
 */
public record UpdatePartnershipRequest(
        @NotNull(groups = FullReplacement.class) @Size(max = InputRules.MAX_NAME) @Pattern(
                regexp = InputRules.SOME_TEXT, message = InputRules.SOME_TEXT_MESSAGE) String name,
        @Size(max = InputRules.MAX_TEXT) String description,
        @NotNull(groups = FullReplacement.class) @Size(max = 20) List<@NotNull @CountyArea String> areas,
        @Size(max = InputRules.MAX_CODE) @Pattern(regexp = InputRules.CODE,
                message = InputRules.CODE_MESSAGE) String reportsTo,
        @Pattern(regexp = InputRules.PERIOD, message = InputRules.PERIOD_MESSAGE) String reportingCadence,
        @Size(max = InputRules.MAX_CODE) @Pattern(regexp = InputRules.CODE,
                message = InputRules.CODE_MESSAGE) String managedBy) {

    /** Hands the group to the organisation to run, and changes nothing else. */
    static UpdatePartnershipRequest handingOverTo(String organisation) {
        return new UpdatePartnershipRequest(null, null, null, null, null, organisation);
    }
}
