package org.communitysafety.notification.plan;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import org.communitysafety.notification.alert.Notice;
import org.communitysafety.notification.alert.Notices;
import org.communitysafety.notification.events.EventHandler;
import org.communitysafety.notification.events.PlanMilestone;
import org.communitysafety.notification.mail.Wording;
import org.communitysafety.notification.partnership.Partnerships;
import org.communitysafety.notification.preference.AlertKind;
import org.communitysafety.notification.recipient.Recipients;
import org.communitysafety.servicedefaults.calendar.UkCalendar;
import org.communitysafety.servicedefaults.consumer.InboundEvents;
import org.communitysafety.servicedefaults.events.CloudEvent;
import org.springframework.stereotype.Component;

/**
 * Tells a group's members that its partnership plan was agreed, published or is due for
 * review; and the county's groups that the community safety agreement was, or is due to
 * be sent to the Police and Crime Commissioner.
 */
@Component
class PlanAlerts implements EventHandler {

    private static final Map<String, AlertKind> KINDS = Map.of(PlanMilestone.AGREED, AlertKind.PLAN_AGREED,
            PlanMilestone.PUBLISHED, AlertKind.PLAN_PUBLISHED, PlanMilestone.REVIEW_DUE, AlertKind.PLAN_REVIEW_DUE,
            PlanMilestone.DUE_TO_COMMISSIONER, AlertKind.AGREEMENT_DUE_TO_COMMISSIONER);

    private final InboundEvents inbound;

    private final Recipients recipients;

    private final Partnerships partnerships;

    private final Notices notices;

    private final Clock clock;

    PlanAlerts(InboundEvents inbound, Recipients recipients, Partnerships partnerships, Notices notices, Clock clock) {
        this.inbound = inbound;
        this.recipients = recipients;
        this.partnerships = partnerships;
        this.notices = notices;
        this.clock = clock;
    }

    @Override
    public String name() {
        return "plan-alerts";
    }

    @Override
    public Set<String> eventTypes() {
        return PlanMilestone.TYPES;
    }

    @Override
    public void handle(CloudEvent event) {
        PlanMilestone plan = inbound.data(event, PlanMilestone.class);
        AlertKind kind = KINDS.get(event.type());
        boolean agreement = plan.isAgreement();
        String what = agreement ? "the community safety agreement" : "the partnership plan";
        Map<String, Object> model = new HashMap<>();
        model.put("title", plan.title());
        model.put("what", what);
        model.put("groupName", partnerships.nameOf(plan.partnershipId()));
        model.put("period", plan.period());
        model.put(kind.name(), true);
        model.put("agreedOn", Wording.date(plan.agreedOn()));
        model.put("publishedOn", Wording.date(plan.publishedOn()));
        model.put("reviewDue", Wording.date(plan.reviewDue()));
        model.put("dueOn", Wording.date(plan.dueOn()));
        LocalDate today = UkCalendar.today(clock);
        notices.tell(
                new Notice(kind, event, "plan", model,
                        (agreement ? "/api/v1/open/agreements/" : "/api/v1/open/plans/") + plan.planId(),
                        plan.title() + ": " + kind.about()),
                agreement ? recipients.ofCountyAndDistricts(today) : recipients.ofGroup(plan.partnershipId(), today));
    }

}
