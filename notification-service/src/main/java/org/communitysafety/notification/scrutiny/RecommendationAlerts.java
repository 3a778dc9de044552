package org.communitysafety.notification.scrutiny;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import org.communitysafety.notification.alert.Notice;
import org.communitysafety.notification.alert.Notices;
import org.communitysafety.notification.events.EventHandler;
import org.communitysafety.notification.events.RecommendationAwaitingResponse;
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
 * Tells those who must respond to a scrutiny recommendation that it awaits their
 * response, and again once the response is overdue.
 */
@Component
class RecommendationAlerts implements EventHandler {

    private final InboundEvents inbound;

    private final Recipients recipients;

    private final Organisations organisations;

    private final Partnerships partnerships;

    private final Notices notices;

    private final Clock clock;

    RecommendationAlerts(InboundEvents inbound, Recipients recipients, Organisations organisations,
            Partnerships partnerships, Notices notices, Clock clock) {
        this.inbound = inbound;
        this.recipients = recipients;
        this.organisations = organisations;
        this.partnerships = partnerships;
        this.notices = notices;
        this.clock = clock;
    }

    @Override
    public String name() {
        return "recommendation-alerts";
    }

    @Override
    public Set<String> eventTypes() {
        return RecommendationAwaitingResponse.TYPES;
    }

    @Override
    public void handle(CloudEvent event) {
        RecommendationAwaitingResponse recommendation = inbound.data(event, RecommendationAwaitingResponse.class);
        boolean overdue = RecommendationAwaitingResponse.OVERDUE.equals(event.type());
        boolean toOrganisation = recommendation.isToOrganisation();
        String addressee = toOrganisation ? organisations.nameOf(recommendation.addresseeId())
                : partnerships.nameOf(recommendation.addresseeId());
        Map<String, Object> model = new HashMap<>();
        model.put("bodyName", recommendation.bodyName());
        model.put("title", recommendation.title());
        model.put("addresseeName", addressee);
        model.put("responseDue", Wording.date(recommendation.responseDue()));
        model.put("overdue", overdue);
        LocalDate today = UkCalendar.today(clock);
        notices.tell(
                new Notice(overdue ? AlertKind.RESPONSE_OVERDUE : AlertKind.RECOMMENDATION_AWAITING_RESPONSE, event,
                        "recommendation", model, "/api/v1/open/recommendations/" + recommendation.recommendationId(),
                        (overdue ? "Response overdue: " : "Response due " + model.get("responseDue") + ": ")
                                + recommendation.title() + " (" + recommendation.bodyName() + ")"),
                toOrganisation ? recipients.ofOrganisation(recommendation.addresseeId(), today)
                        : recipients.ofGroup(recommendation.addresseeId(), today));
    }

}
