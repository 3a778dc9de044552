package org.communitysafety.notification.alert;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.communitysafety.notification.delivery.Alert;
import org.communitysafety.notification.delivery.Deliveries;
import org.communitysafety.notification.digest.WeeklyDigests;
import org.communitysafety.notification.mail.Email;
import org.communitysafety.notification.mail.EmailTemplates;
import org.communitysafety.notification.mail.MailSettings;
import org.communitysafety.notification.preference.Choice;
import org.communitysafety.notification.preference.PreferenceLinks;
import org.communitysafety.notification.preference.Preferences;
import org.communitysafety.notification.recipient.Recipient;
import org.communitysafety.servicedefaults.tracing.Traces;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Tells each recipient about an event as they chose: an email queued now, a line in next
 * week's digest, or nothing. Every email says why its recipient receives it, links to the
 * item, and carries the member's own signed links to change how they receive this kind of
 * alert, with the headers for one-click unsubscribe. Each queued email keeps the trace of
 * the work that queued it (the handling of the event), which its sending continues.
 */
@Service
public class Notices {

    private static final Logger log = LoggerFactory.getLogger(Notices.class);

    private final Preferences preferences;

    private final PreferenceLinks links;

    private final EmailTemplates templates;

    private final MailSettings settings;

    private final Deliveries deliveries;

    private final WeeklyDigests digests;

    private final Traces traces;

    Notices(Preferences preferences, PreferenceLinks links, EmailTemplates templates, MailSettings settings,
            Deliveries deliveries, WeeklyDigests digests, Traces traces) {
        this.preferences = preferences;
        this.links = links;
        this.templates = templates;
        this.settings = settings;
        this.deliveries = deliveries;
        this.digests = digests;
        this.traces = traces;
    }

    public void tell(Notice notice, List<Recipient> recipients) {
        if (recipients.isEmpty()) {
            log.info("Nobody to tell of event {} ({})", notice.cause().id(), notice.kind());
        }
        Map<String, Choice> choices = recipients.isEmpty() ? Map.of()
                : preferences.choicesOf(recipients.stream().map(Recipient::membershipId).toList(), notice.kind());
        for (Recipient recipient : recipients) {
            switch (choices.get(recipient.membershipId())) {
                case AT_ONCE -> queue(notice, alert(notice, recipient));
                case WEEKLY_DIGEST -> digests.collect(recipient.membershipId(), notice.kind(), notice.cause().id(),
                        notice.summary(), settings.link(notice.linkPath()));
                case NEVER -> log.debug("Membership {} chose no {} alerts", recipient.membershipId(), notice.kind());
            }
        }
    }

    /**
     * A routine mailing to many (an update of community safety activity) waits behind the
     * alerts due with it.
     */
    private void queue(Notice notice, Alert alert) {
        if (notice.kind().isRoutine()) {
            deliveries.queueRoutine(alert);
        }
        else {
            deliveries.queue(alert);
        }
    }

    private Alert alert(Notice notice, Recipient recipient) {
        String kind = notice.kind().name();
        Map<String, Object> model = new HashMap<>(notice.model());
        model.put("recipientName", recipient.name());
        model.put("reason", recipient.reason());
        model.put("link", settings.link(notice.linkPath()));
        model.put("about", notice.kind().about());
        String preferencesLink = links.linkFor(recipient.membershipId(), kind);
        model.put("preferencesLink", preferencesLink);
        model.put("allPreferencesLink", links.linkFor(recipient.membershipId(), PreferenceLinks.ALL));
        Email email = templates.write(notice.template(), model);
        return new Alert(kind, notice.cause().id(), notice.cause().subject(), recipient.membershipId(),
                recipient.email(), email.subject(), email.text(), traces.currentTraceparent(), email.html(),
                PreferenceLinks.mailHeaders(preferencesLink));
    }

}
