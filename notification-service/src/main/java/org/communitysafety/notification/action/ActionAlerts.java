package org.communitysafety.notification.action;

import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import org.communitysafety.notification.alert.Notice;
import org.communitysafety.notification.alert.Notices;
import org.communitysafety.notification.events.ActionDue;
import org.communitysafety.notification.events.EventHandler;
import org.communitysafety.notification.mail.Wording;
import org.communitysafety.notification.organisation.Organisations;
import org.communitysafety.notification.partnership.Partnerships;
import org.communitysafety.notification.preference.AlertKind;
import org.communitysafety.notification.recipient.Recipients;
import org.communitysafety.servicedefaults.calendar.UkCalendar;
import org.communitysafety.servicedefaults.consumer.InboundEvents;
import org.communitysafety.servicedefaults.events.CloudEvent;
import org.springframework.stereotype.Component;

/**
 * Tells an organisation's representatives on a group that an action of the group's plan
 * was assigned to their organisation, or that it is overdue.
 */
@Component
class ActionAlerts implements EventHandler {

    private final InboundEvents inbound;

    private final Recipients recipients;

    private final Partnerships partnerships;

    private final Organisations organisations;

    private final Notices notices;

    private final Clock clock;

    ActionAlerts(InboundEvents inbound, Recipients recipients, Partnerships partnerships, Organisations organisations,
            Notices notices, Clock clock) {
        this.inbound = inbound;
        this.recipients = recipients;
        this.partnerships = partnerships;
        this.organisations = organisations;
        this.notices = notices;
        this.clock = clock;
    }

    @Override
    public String name() {
        return "action-alerts";
    }

    @Override
    public Set<String> eventTypes() {
        return ActionDue.TYPES;
    }

    @Override
    public void handle(CloudEvent event) {
        ActionDue action = inbound.data(event, ActionDue.class);
        boolean overdue = ActionDue.OVERDUE.equals(event.type());
        String group = partnerships.nameOf(action.partnershipId());
        Map<String, Object> model = new HashMap<>();
        model.put("title", action.title());
        model.put("groupName", group);
        model.put("organisationName", organisations.nameOf(action.ownerOrganisationId()));
        model.put("ownerPerson", action.ownerPerson());
        model.put("dueOn", Wording.date(action.dueDate()));
        model.put("overdue", overdue);
        String summary = (overdue ? "Overdue since " + Wording.date(action.dueDate()) + ": "
                : "Assigned, due " + Wording.date(action.dueDate()) + ": ") + action.title() + " (" + group + ")";
        notices.tell(
                new Notice(overdue ? AlertKind.ACTION_OVERDUE : AlertKind.ACTION_ASSIGNED, event, "action", model,
                        "/api/v1/actions/" + action.actionId(), summary),
                recipients.ofActionOwner(action.partnershipId(), action.ownerOrganisationId(),
                        UkCalendar.today(clock)));
    }

}
