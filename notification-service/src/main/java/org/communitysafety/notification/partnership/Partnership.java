package org.communitysafety.notification.partnership;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * This service's replica of a group: its name, so that alerts name it as people know it,
 * and its kind, since some alerts go to every group of a kind.
 *
 * @param partnershipId the group's code
 * @param name its name
 * @param kind e.g. {@code DISTRICT_CSP}, {@code COUNTY_STRATEGY_GROUP}
 * @param asOf the time of the newest event applied
 */
@Document("partnerships")
public record Partnership(@Id String partnershipId, String name, String kind, Instant asOf) {
}
