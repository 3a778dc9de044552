package org.communitysafety.partnership.baseline;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.communitysafety.partnership.membership.AppointMemberRequest;
import org.communitysafety.partnership.organisation.RegisterOrganisationRequest;
import org.communitysafety.partnership.partnership.FormPartnershipRequest;
import org.communitysafety.partnership.partnership.PartnershipKind;
import org.communitysafety.partnership.partnership.PartnershipStatus;
import org.communitysafety.partnership.termsofreference.AdoptTermsRequest;

/**
 * The county's community safety arrangements as the Community Safety Agreement 2015-16
 * gives them, read from {@code baseline/county-baseline.json}: its organisations and
 * groups, each group with its terms of reference (where the source gives them) and its
 * (fictional) representatives. Checked with the same rules as the API.
 *
 * @param source where the data comes from
 * @param organisations the member organisations
 * @param partnerships the groups, each listed after the group it reports to
 */
record CountyBaseline(String source, @NotNull List<@Valid RegisterOrganisationRequest> organisations,
        @NotNull List<@Valid Group> partnerships) {

    /**
     * A group of the baseline: how it is formed (with the organisation that runs it: a
     * district or borough council its CSP, §6.5; the county council the countywide
     * groups, §6.4), then its terms and its representatives.
     */
    record Group(String code, String name, PartnershipKind kind, PartnershipStatus status, LocalDate statusSince,
            List<String> areas, String reportsTo, List<String> memberOrganisations, String reportingCadence,
            String description, String managedBy, @Valid AdoptTermsRequest termsOfReference,
            @NotNull List<@Valid AppointMemberRequest> members) {

        FormPartnershipRequest formation() {
            return new FormPartnershipRequest(code, name, kind, status, areas, reportsTo, memberOrganisations,
                    statusSince, reportingCadence, description, managedBy);
        }
    }
}
