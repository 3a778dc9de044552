package org.communitysafety.notification.activity;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.communitysafety.notification.activity.Activity.ActionLine;
import org.communitysafety.notification.activity.Activity.GroupActions;
import org.communitysafety.notification.activity.Activity.OutstandingRecommendation;
import org.communitysafety.notification.activity.Activity.PriorityStatus;
import org.communitysafety.notification.activity.Activity.TargetStatus;
import org.communitysafety.notification.organisation.Organisations;
import org.communitysafety.notification.partnership.Partnership;
import org.communitysafety.notification.partnership.Partnerships;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Service;

/**
 * What an update of community safety activity says, from this service's replicas of the
 * priority and scrutiny services' events (it never asks them). The county strategy group
 * hears about the whole county (§6.3); any other group with a reporting cadence about its
 * own work: the priorities it holds or leads, its action plan and the recommendations
 * addressed to it. A priority's RAG status is the one the priority service published;
 * nothing here rolls it up again.
 */
@Service
public class CommunitySafetyActivity {

    private final MongoTemplate mongo;

    private final Partnerships partnerships;

    private final Organisations organisations;

    CommunitySafetyActivity(MongoTemplate mongo, Partnerships partnerships, Organisations organisations) {
        this.mongo = mongo;
        this.partnerships = partnerships;
        this.organisations = organisations;
    }

    /**
     * The activity the group hears about: actions done from the first to the last day
     * given, and what is overdue or outstanding on the day.
     */
    public Activity of(Partnership group, LocalDate first, LocalDate last, LocalDate day) {
        boolean county = group.isCountyStrategyGroup();
        String id = group.partnershipId();
        List<Priority> all = mongo.findAll(Priority.class);
        Map<String, List<Target>> targets = mongo.findAll(Target.class)
            .stream()
            .filter(target -> target.priorityId() != null)
            .collect(Collectors.groupingBy(Target::priorityId));
        List<PriorityStatus> priorities = all.stream()
            .filter(Priority::isActive)
            .filter(p -> county || id.equals(p.partnershipId()) || id.equals(p.leadGroupId()))
            .map(p -> status(p, targets))
            .sorted(Comparator.comparing((PriorityStatus p) -> !"COUNTYWIDE".equals(p.scope()))
                .thenComparing(PriorityStatus::groupName)
                .thenComparing(PriorityStatus::title))
            .toList();
        return new Activity(day, priorities, actions(county, id, first, last, day), recommendations(county, id, day));
    }

    private PriorityStatus status(Priority priority, Map<String, List<Target>> targets) {
        List<TargetStatus> shown = targets.getOrDefault(priority.priorityId(), List.of())
            .stream()
            .sorted(Comparator.comparing(Target::measure, Comparator.nullsLast(Comparator.naturalOrder())))
            .map(t -> new TargetStatus(t.measure(), t.unit(), t.direction(), t.baseline(), t.target(), t.deadline(),
                    t.latestValue(), t.latestReadOn(), t.latestSource(), t.rag()))
            .toList();
        return new PriorityStatus(priority.priorityId(), priority.title(), priority.scope(),
                partnerships.nameOf(priority.partnershipId()), priority.publishedRag(), shown);
    }

    private List<GroupActions> actions(boolean county, String id, LocalDate first, LocalDate last, LocalDate day) {
        Map<String, List<Action>> byGroup = mongo.findAll(Action.class)
            .stream()
            .filter(action -> action.partnershipId() != null && (county || id.equals(action.partnershipId())))
            .collect(Collectors.groupingBy(Action::partnershipId));
        return byGroup.entrySet()
            .stream()
            .map(group -> new GroupActions(partnerships.nameOf(group.getKey()),
                    lines(group.getValue(), action -> action.wasCompletedBetween(first, last)),
                    lines(group.getValue(), action -> action.isOverdueOn(day))))
            .filter(group -> !group.done().isEmpty() || !group.overdue().isEmpty())
            .sorted(Comparator.comparing(GroupActions::groupName))
            .toList();
    }

    private List<ActionLine> lines(List<Action> actions, Predicate<Action> which) {
        return actions.stream()
            .filter(which)
            .sorted(Comparator.comparing(Action::dueDate, Comparator.nullsLast(Comparator.naturalOrder())))
            .map(action -> new ActionLine(Objects.requireNonNullElse(action.title(), "(untitled action)"),
                    action.ownerOrganisationId() == null ? null : organisations.nameOf(action.ownerOrganisationId()),
                    action.dueDate(), action.completedOn()))
            .toList();
    }

    private List<OutstandingRecommendation> recommendations(boolean county, String id, LocalDate day) {
        return mongo.findAll(Recommendation.class)
            .stream()
            .filter(Recommendation::isOutstanding)
            .filter(r -> county
                    || !Recommendation.TO_ORGANISATION.equals(r.addresseeKind()) && id.equals(r.addresseeId()))
            .sorted(Comparator.comparing(Recommendation::responseDue, Comparator.nullsLast(Comparator.naturalOrder())))
            .map(r -> new OutstandingRecommendation(r.title(), r.bodyName(),
                    Recommendation.TO_ORGANISATION.equals(r.addresseeKind()) ? organisations.nameOf(r.addresseeId())
                            : partnerships.nameOf(r.addresseeId()),
                    r.responseDue(), r.responseDue() != null && r.responseDue().isBefore(day)))
            .toList();
    }

}
