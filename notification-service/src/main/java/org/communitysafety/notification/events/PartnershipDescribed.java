package org.communitysafety.notification.events;

import java.time.Period;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * This service's reading of {@code org.communitysafety.partnership.partnership-formed.v1}
 * and {@code partnership-updated.v1} (contracts: the partnership service's
 * {@code contracts/events/}): a group was formed, or its details changed. Both carry the
 * group's name and kind, which is all that is needed here: alerts name a group as people
 * know it, and some go to every group of a kind; and how often the group is updated on
 * community safety activity (§6.3), which is what the six-monthly updates follow.
 *
 * @param partnershipId the group's code
 * @param name its name
 * @param kind e.g. {@code DISTRICT_CSP}, {@code COUNTY_STRATEGY_GROUP} (kept as text: a
 * new kind must not stop the alerts)
 * @param reportingCadence how often the group receives an update of community safety
 * activity, an ISO-8601 period (the county strategy group's is {@code P6M}); none for a
 * group that receives none
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record PartnershipDescribed(String partnershipId, String name, String kind, String reportingCadence) {

    public static final String FORMED = "org.communitysafety.partnership.partnership-formed.v1";

    public static final String UPDATED = "org.communitysafety.partnership.partnership-updated.v1";

    public static final Set<String> TYPES = Set.of(FORMED, UPDATED);

    public PartnershipDescribed {
        Required.text(partnershipId, "partnershipId");
        Required.text(name, "name");
        Required.text(kind, "kind");
        if (reportingCadence != null) {
            cadence(reportingCadence);
        }
    }

    /** The reporting cadence as a period, or none. */
    public Period cadence() {
        return reportingCadence == null ? null : cadence(reportingCadence);
    }

    private static Period cadence(String text) {
        Period period = Period.parse(text);
        if (period.isZero() || period.isNegative()) {
            throw new IllegalArgumentException("reportingCadence must be a period of time, not " + text);
        }
        return period;
    }
}
