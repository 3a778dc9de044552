package org.communitysafety.partnership.organisation;

import java.util.List;

/** An organisation as the API shows it. */
public record OrganisationResponse(String code, String name, OrganisationType type, boolean responsibleAuthority,
        List<String> areas, long version) {

    static OrganisationResponse of(Organisation organisation) {
        return new OrganisationResponse(organisation.id(), organisation.name(), organisation.type(),
                organisation.responsibleAuthority(), organisation.areas(), organisation.version());
    }
}
