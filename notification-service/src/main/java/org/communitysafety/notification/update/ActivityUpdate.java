package org.communitysafety.notification.update;

import java.time.Instant;

import org.communitysafety.notification.activity.Activity;
import org.communitysafety.notification.partnership.Partnership;
import org.communitysafety.servicedefaults.aggregate.Changed;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One group's update of community safety activity for one period (§6.3), as sent and
 * archived. Its id is the group and the period, so inserting it is the claim: of replicas
 * preparing the same update at once, the store takes exactly one.
 *
 * @param id {@code <partnershipId>_<periodStart>}
 * @param version its version, also its ETag
 * @param partnershipId the group
 * @param groupName the group's name when it was prepared
 * @param reportingCadence the group's cadence then, e.g. {@code P6M}
 * @param period the period it covers
 * @param activity what it says
 * @param state prepared or mailed
 * @param preparedAt when it was prepared
 * @param mailedAt when it was queued to the members
 * @param members how many members it went to
 */
@Document(ActivityUpdate.COLLECTION)
public record ActivityUpdate(@Id String id, @Version Long version, String partnershipId, String groupName,
        String reportingCadence, ReportingPeriod period, Activity activity, UpdateState state, Instant preparedAt,
        Instant mailedAt, Integer members) {

    static final String COLLECTION = "activity-updates";

    static String idOf(String partnershipId, ReportingPeriod period) {
        return partnershipId + "_" + period.first();
    }

    static Changed<ActivityUpdate, ActivityUpdatePrepared> prepare(Partnership group, ReportingPeriod period,
            Activity activity, Instant now) {
        String id = idOf(group.partnershipId(), period);
        ActivityUpdate update = new ActivityUpdate(id, null, group.partnershipId(), group.name(),
                group.reportingCadence(), period, activity, UpdateState.PREPARED, now, null, null);
        int overdue = activity.actions().stream().mapToInt(actions -> actions.overdue().size()).sum();
        return new Changed<>(update, new ActivityUpdatePrepared(id, group.partnershipId(), period.first(),
                period.last(), activity.priorities().size(), overdue, activity.recommendations().size(), now));
    }

    Changed<ActivityUpdate, ActivityUpdateMailed> mailed(int told, Instant now) {
        if (state != UpdateState.PREPARED) {
            throw new IllegalStateException("Update " + id + " is " + state + ", not waiting to be mailed");
        }
        return new Changed<>(
                new ActivityUpdate(id, version, partnershipId, groupName, reportingCadence, period, activity,
                        UpdateState.MAILED, preparedAt, now, told),
                new ActivityUpdateMailed(id, partnershipId, told, now));
    }

}
