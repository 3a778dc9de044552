package org.communitysafety.notification.assessment;

import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import org.communitysafety.notification.alert.Notice;
import org.communitysafety.notification.alert.Notices;
import org.communitysafety.notification.events.AssessmentWindow;
import org.communitysafety.notification.events.EventHandler;
import org.communitysafety.notification.mail.Wording;
import org.communitysafety.notification.preference.AlertKind;
import org.communitysafety.notification.recipient.Recipients;
import org.communitysafety.servicedefaults.calendar.UkCalendar;
import org.communitysafety.servicedefaults.consumer.InboundEvents;
import org.communitysafety.servicedefaults.events.CloudEvent;
import org.springframework.stereotype.Component;

/**
 * Tells the county's groups that the year's window for the strategic assessment opened
 * (their evidence is wanted now) or closed.
 */
@Component
class AssessmentWindowAlerts implements EventHandler {

    private final InboundEvents inbound;

    private final Recipients recipients;

    private final Notices notices;

    private final Clock clock;

    AssessmentWindowAlerts(InboundEvents inbound, Recipients recipients, Notices notices, Clock clock) {
        this.inbound = inbound;
        this.recipients = recipients;
        this.notices = notices;
        this.clock = clock;
    }

    @Override
    public String name() {
        return "assessment-window-alerts";
    }

    @Override
    public Set<String> eventTypes() {
        return AssessmentWindow.TYPES;
    }

    @Override
    public void handle(CloudEvent event) {
        AssessmentWindow window = inbound.data(event, AssessmentWindow.class);
        boolean opened = AssessmentWindow.OPENED.equals(event.type());
        Map<String, Object> model = new HashMap<>();
        model.put("year", window.year());
        model.put("opensOn", Wording.date(window.opensOn()));
        model.put("closesOn", Wording.date(window.closesOn()));
        model.put("opened", opened);
        notices.tell(
                new Notice(opened ? AlertKind.ASSESSMENT_WINDOW_OPENED : AlertKind.ASSESSMENT_WINDOW_CLOSED, event,
                        "assessment-window", model, "/api/v1/strategic-assessments",
                        "Strategic assessment " + window.year() + ": window " + (opened ? "opened" : "closed")),
                recipients.ofCountyAndDistricts(UkCalendar.today(clock)));
    }

}
