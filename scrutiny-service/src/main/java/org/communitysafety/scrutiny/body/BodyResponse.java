package org.communitysafety.scrutiny.body;

import java.util.List;

/**
 * A scrutiny body as the API shows it; everything here is public.
 *
 * @param id the body's code
 * @param name its name
 * @param kind committee or panel
 * @param hostOrganisation the authority that supports it
 * @param seats the local authorities that appoint councillors to it
 * @param members its members with their terms of office
 * @param arrangements the panel arrangements agreed, with dates
 * @param version its version, also its ETag
 */
public record BodyResponse(String id, String name, BodyKind kind, String hostOrganisation, List<String> seats,
        List<BodyMember> members, List<PanelArrangement> arrangements, long version) {

    public static BodyResponse of(ScrutinyBody body) {
        return new BodyResponse(body.id(), body.name(), body.kind(), body.hostOrganisationId(), body.seats(),
                body.members(), body.arrangements(), body.version());
    }
}
