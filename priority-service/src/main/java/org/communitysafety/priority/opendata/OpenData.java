package org.communitysafety.priority.opendata;

import java.util.Comparator;
import java.util.List;

import org.communitysafety.priority.plan.Plan;
import org.communitysafety.priority.plan.PlanKind;
import org.communitysafety.priority.plan.Plans;
import org.communitysafety.priority.priority.Priorities;
import org.communitysafety.priority.priority.Priority;
import org.communitysafety.priority.target.Reading;
import org.communitysafety.priority.target.Target;
import org.communitysafety.priority.target.Targets;
import org.communitysafety.priority.thread.GoldenThread;
import org.communitysafety.priority.thread.ThreadNode;
import org.communitysafety.servicedefaults.problem.ResourceNotFound;
import org.springframework.stereotype.Service;

/**
 * The published plans and agreements as open data. Drafts, and plans agreed but not yet
 * published, are never shown: to the public they do not exist.
 */
@Service
class OpenData {

    private final Plans plans;

    private final Priorities priorities;

    private final Targets targets;

    private final GoldenThread thread;

    OpenData(Plans plans, Priorities priorities, Targets targets, GoldenThread thread) {
        this.plans = plans;
        this.priorities = priorities;
        this.targets = targets;
        this.thread = thread;
    }

    List<PublishedPlan> published(PlanKind kind) {
        return plans.published(kind)
            .stream()
            .sorted(Comparator.comparing(Plan::period).thenComparing(Plan::partnershipId))
            .map(this::of)
            .toList();
    }

    PublishedPlan published(PlanKind kind, String id) {
        return plans.find(id)
            .filter(plan -> plan.kind() == kind && plan.status().isPublic())
            .map(this::of)
            .orElseThrow(() -> new ResourceNotFound(
                    "No published " + kind.name().toLowerCase().replace('_', ' ') + " '" + id + "'"));
    }

    /** A priority adopted by a published plan or agreement. */
    PublishedPlan.PublishedPriority priority(String id) {
        boolean published = java.util.Arrays.stream(PlanKind.values())
            .flatMap(kind -> plans.published(kind).stream())
            .anyMatch(plan -> plan.priorityIds().contains(id));
        if (!published) {
            throw new ResourceNotFound("No priority '" + id + "' in a published plan");
        }
        return priorityOf(priorities.get(id));
    }

    private PublishedPlan of(Plan plan) {
        return new PublishedPlan(plan.id(), plan.kind(), plan.partnershipId(), plan.title(), plan.period(),
                plan.agreedOn(), plan.publishedOn(), plan.reviewDue(),
                plan.priorityIds().stream().map(priorities::get).map(this::priorityOf).toList());
    }

    private PublishedPlan.PublishedPriority priorityOf(Priority priority) {
        ThreadNode.PriorityNode node = thread.priority(priority);
        List<PublishedPlan.PublishedTarget> measured = targets.of(priority.id())
            .stream()
            .map(OpenData::targetOf)
            .toList();
        return new PublishedPlan.PublishedPriority(priority.id(), priority.title(), priority.theme(), priority.scope(),
                priority.partnershipId(), priority.leadGroupId(), node.rag(), measured);
    }

    private static PublishedPlan.PublishedTarget targetOf(Target target) {
        Reading latest = target.latestReading();
        return new PublishedPlan.PublishedTarget(target.id(), target.measure(), target.unit(), target.direction(),
                target.baseline(), target.baselineOn(), target.target(), target.deadline(),
                latest == null ? null : latest.value(), latest == null ? null : latest.readOn(),
                latest == null ? null : latest.source(), target.rag());
    }

}
