package org.communitysafety.partnership.partnership;

import java.time.LocalDate;
import java.util.List;

/**
 * A partnership or group as the API shows it.
 *
 * @param code its lasting identifier
 * @param name its name
 * @param kind its kind
 * @param status its status now
 * @param statusSince since when
 * @param areas the GSS codes of the areas it covers
 * @param reportsTo the code of the group it reports to, if any
 * @param memberOrganisations the codes of its member organisations
 * @param version its version, also its ETag
 * @param description what it is, if recorded
 * @param reportingCadence how often it is updated on community safety activity (ISO-8601
 * period), if it is
 * @param statusHistory its dated steps, oldest first
 * @param managedBy the code of the organisation that runs it, whose group managers manage
 * it
 */
public record PartnershipResponse(String code, String name, PartnershipKind kind, PartnershipStatus status,
        LocalDate statusSince, List<String> areas, String reportsTo, List<String> memberOrganisations, long version,
        String description, String reportingCadence, List<StatusChange> statusHistory, String managedBy) {

    static PartnershipResponse of(Partnership partnership) {
        return new PartnershipResponse(partnership.id(), partnership.name(), partnership.kind(), partnership.status(),
                partnership.statusSince(), partnership.areas(), partnership.reportsTo(),
                partnership.memberOrganisations(), partnership.version(), partnership.description(),
                partnership.reportingCadence(), partnership.statusHistory(), partnership.managedBy());
    }
}
