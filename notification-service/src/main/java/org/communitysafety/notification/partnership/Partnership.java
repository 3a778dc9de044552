package org.communitysafety.notification.partnership;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * This service's replica of a group: its name, so that alerts name it as people know it,
 * its kind, since some alerts go to every group of a kind, and its reporting cadence,
 * which the updates of community safety activity follow.
 *
 * @param partnershipId the group's code
 * @param name its name
 * @param kind e.g. {@code DISTRICT_CSP}, {@code COUNTY_STRATEGY_GROUP}
 * @param asOf the time of the newest event applied
 * @param reportingCadence how often it is updated on community safety activity (ISO-8601
 * period, e.g. {@code P6M}); none if it is not
 * @param cadenceSince when the group took that cadence (the time of the event that set
 * it): no update is due for a period that ended before
 */
@Document("partnerships")
public record Partnership(@Id String partnershipId, String name, String kind, Instant asOf, String reportingCadence,
        Instant cadenceSince) {

    public boolean isCountyStrategyGroup() {
        return Partnerships.COUNTY_STRATEGY_GROUP.equals(kind);
    }

}
