package org.communitysafety.notification.update;

import java.time.Instant;
import java.time.LocalDate;

import org.communitysafety.notification.activity.Activity;

/**
 * An update of community safety activity as it was sent to a group's members.
 *
 * @param id the update, {@code <partnershipId>_<periodStart>}
 * @param partnershipId the group
 * @param groupName its name when the update was prepared
 * @param reportingCadence its cadence then, e.g. {@code P6M}
 * @param periodStart the first day of the period it covers
 * @param periodEnd the last day
 * @param dueOn the day it fell due
 * @param state {@code PREPARED} or {@code MAILED}
 * @param preparedAt when it was prepared
 * @param mailedAt when it was queued to the members
 * @param members how many members it went to
 * @param activity what it says
 * @param version its version, also its ETag
 */
public record ActivityUpdateResponse(String id, String partnershipId, String groupName, String reportingCadence,
        LocalDate periodStart, LocalDate periodEnd, LocalDate dueOn, UpdateState state, Instant preparedAt,
        Instant mailedAt, Integer members, Activity activity, long version) {

    static ActivityUpdateResponse of(ActivityUpdate update) {
        return new ActivityUpdateResponse(update.id(), update.partnershipId(), update.groupName(),
                update.reportingCadence(), update.period().first(), update.period().last(), update.period().dueOn(),
                update.state(), update.preparedAt(), update.mailedAt(), update.members(), update.activity(),
                update.version());
    }

}
