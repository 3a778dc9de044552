package org.communitysafety.notification.update;

import java.time.LocalDate;

import org.communitysafety.notification.activity.Activity;

/**
 * What a group's next update of community safety activity would say if its period ended
 * today; nothing is stored or sent.
 *
 * @param partnershipId the group
 * @param groupName its name
 * @param reportingCadence its cadence, e.g. {@code P6M}
 * @param periodStart the first day of the period in progress
 * @param periodEnd its last day
 * @param dueOn the day its update falls due
 * @param members how many members it would go to today
 * @param activity what it would say
 * @param subject the email's subject
 * @param text the email's plain text, with placeholders for what is each member's own
 */
public record PreviewResponse(String partnershipId, String groupName, String reportingCadence, LocalDate periodStart,
        LocalDate periodEnd, LocalDate dueOn, int members, Activity activity, String subject, String text) {

    static PreviewResponse of(ActivityUpdatePreviews.Preview preview) {
        return new PreviewResponse(preview.group().partnershipId(), preview.group().name(),
                preview.group().reportingCadence(), preview.period().first(), preview.period().last(),
                preview.period().dueOn(), preview.members(), preview.activity(), preview.email().subject(),
                preview.email().text());
    }

}
