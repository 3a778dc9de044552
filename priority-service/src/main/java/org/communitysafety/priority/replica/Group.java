package org.communitysafety.priority.replica;

import java.time.Instant;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * This service's replica of a partnership or group, as far as plans, priorities and who
 * may manage them need it.
 *
 * @param id the group's code
 * @param name its name
 * @param kind its kind as the partnership service names it (e.g. {@code DISTRICT_CSP})
 * @param status proposed, active or dissolved
 * @param reportsTo the group it reports to
 * @param memberOrganisations its member organisations
 * @param managedBy the organisation whose group managers run it
 * @param asOf the time of the newest event applied
 */
@Document("groups")
public record Group(@Id String id, String name, String kind, String status, String reportsTo,
        List<String> memberOrganisations, String managedBy, Instant asOf) {

    public static final String DISTRICT_CSP = "DISTRICT_CSP";

    public static final String COUNTY_STRATEGY_GROUP = "COUNTY_STRATEGY_GROUP";

    public boolean isDissolved() {
        return "DISSOLVED".equals(status);
    }

    public boolean isDistrictCsp() {
        return DISTRICT_CSP.equals(kind);
    }

    public boolean isCountyStrategyGroup() {
        return COUNTY_STRATEGY_GROUP.equals(kind);
    }

}
