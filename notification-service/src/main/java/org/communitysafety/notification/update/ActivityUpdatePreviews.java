package org.communitysafety.notification.update;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.HashMap;
import java.util.Map;

import org.communitysafety.notification.activity.Activity;
import org.communitysafety.notification.activity.CommunitySafetyActivity;
import org.communitysafety.notification.mail.Email;
import org.communitysafety.notification.mail.EmailTemplates;
import org.communitysafety.notification.mail.MailSettings;
import org.communitysafety.notification.mail.Wording;
import org.communitysafety.notification.partnership.Partnership;
import org.communitysafety.notification.partnership.Partnerships;
import org.communitysafety.notification.preference.AlertKind;
import org.communitysafety.notification.recipient.Recipients;
import org.communitysafety.servicedefaults.calendar.UkCalendar;
import org.springframework.stereotype.Service;

/**
 * A group's next update of community safety activity on demand: what it would say if the
 * period in progress ended today, and to how many members it would go. Nothing is stored
 * or sent.
 */
@Service
public class ActivityUpdatePreviews {

    private final Partnerships partnerships;

    private final CommunitySafetyActivity activity;

    private final Recipients recipients;

    private final EmailTemplates templates;

    private final MailSettings settings;

    private final Clock clock;

    ActivityUpdatePreviews(Partnerships partnerships, CommunitySafetyActivity activity, Recipients recipients,
            EmailTemplates templates, MailSettings settings, Clock clock) {
        this.partnerships = partnerships;
        this.activity = activity;
        this.recipients = recipients;
        this.templates = templates;
        this.settings = settings;
        this.clock = clock;
    }

    public Preview preview(String partnershipId) {
        Partnership group = ActivityUpdateArchive.groupWithCadence(partnerships, partnershipId);
        LocalDate today = UkCalendar.today(clock);
        Period cadence = Period.parse(group.reportingCadence());
        ReportingPeriod period = ReportingPeriod.containing(cadence, today);
        Activity now = activity.of(group, period.first(), today, today);
        int members = recipients.ofReportingGroup(partnershipId, Wording.every(cadence), today).size();
        Map<String, Object> model = new HashMap<>(UpdateEmail.model(group.name(), period, now));
        model.put("recipientName", "(each member by name)");
        model.put("reason", "you are a member of " + group.name()
                + ", which receives an update of community safety activity " + Wording.every(cadence));
        model.put("link", settings.link(ActivityUpdateArchive.PATH + "/" + ActivityUpdate.idOf(partnershipId, period)));
        model.put("about", AlertKind.ACTIVITY_UPDATE.about());
        model.put("preferencesLink", "(each member's own link)");
        model.put("allPreferencesLink", "(each member's own link)");
        return new Preview(group, period, now, members, templates.write(UpdateEmail.TEMPLATE, model));
    }

    /**
     * The group's next update as it would be now.
     *
     * @param group the group
     * @param period the period in progress
     * @param activity what the update would say
     * @param members how many members it would go to
     * @param email the email each would receive, with placeholders for what is theirs
     */
    public record Preview(Partnership group, ReportingPeriod period, Activity activity, int members, Email email) {
    }

}
