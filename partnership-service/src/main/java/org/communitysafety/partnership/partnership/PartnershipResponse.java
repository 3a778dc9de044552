package org.communitysafety.partnership.partnership;

import java.time.LocalDate;
import java.util.List;

/** A partnership as the API shows it. */
public record PartnershipResponse(String code, String name, PartnershipKind kind, PartnershipStatus status,
        LocalDate statusSince, List<String> areas, String reportsTo, List<String> memberOrganisations, long version) {

    static PartnershipResponse of(Partnership partnership) {
        return new PartnershipResponse(partnership.id(), partnership.name(), partnership.kind(), partnership.status(),
                partnership.statusSince(), partnership.areas(), partnership.reportsTo(),
                partnership.memberOrganisations(), partnership.version());
    }
}
