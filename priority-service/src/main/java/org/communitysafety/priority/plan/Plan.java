package org.communitysafety.priority.plan;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.communitysafety.servicedefaults.aggregate.Changed;
import org.communitysafety.servicedefaults.problem.RuleViolated;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A CSP's partnership plan or the county community safety agreement for one year: the
 * priorities it adopts (and so their targets) and its lifecycle. An agreement is reviewed
 * every 12 months (§1.5) and a copy is sent to the Police and Crime Commissioner (§1.4).
 *
 * @param id the plan, {@code <partnership>-<period>}: one per partnership and year
 * @param version its version, also its ETag
 * @param kind partnership plan or county agreement, by the kind of partnership
 * @param partnershipId the CSP, or the county strategy group for the agreement
 * @param title its title
 * @param period the plan year, e.g. {@code 2015-16}
 * @param priorityIds the priorities it adopts
 * @param status draft, agreed, published or under review
 * @param agreedOn when it was last agreed
 * @param publishedOn when it was last published
 * @param reviewDue 12 months after it was agreed
 * @param reviewStartedOn when its review began, if it has
 * @param sentToCommissionerOn when the agreement was sent to the Commissioner
 * @param commissionerEvidence what shows it was sent
 * @param reviewDueNotifiedOn when the review falling due was announced (once per cycle)
 * @param commissionerDueNotifiedOn when sending to the Commissioner falling due was
 * announced (once)
 */
@Document("plans")
public record Plan(@Id String id, @Version Long version, PlanKind kind, String partnershipId, String title,
        String period, List<String> priorityIds, PlanStatus status, LocalDate agreedOn, LocalDate publishedOn,
        LocalDate reviewDue, LocalDate reviewStartedOn, LocalDate sentToCommissionerOn, String commissionerEvidence,
        LocalDate reviewDueNotifiedOn, LocalDate commissionerDueNotifiedOn) {

    /** How often the agreement, and each plan, is reviewed (§1.5). */
    public static final Period REVIEW_EVERY = Period.ofMonths(12);

    /**
     * How soon after it is agreed the agreement is due with the Commissioner. The
     * regulations (§1.4) set no deadline; the county's practice, taken here, is within
     * four weeks.
     */
    public static final Period COMMISSIONER_COPY_WITHIN = Period.ofDays(28);

    static Changed<Plan, PlanDrafted> draft(PlanKind kind, DraftPlanRequest request) {
        Plan plan = new Plan(request.partnership() + "-" + request.period(), null, kind, request.partnership(),
                request.title().strip(), request.period(), List.copyOf(request.priorities()), PlanStatus.DRAFT, null,
                null, null, null, null, null, null, null);
        return new Changed<>(plan,
                new PlanDrafted(plan.id, kind, plan.partnershipId, plan.title, plan.period, plan.priorityIds));
    }

    Changed<Plan, PlanRevised> revise(String newTitle, List<String> newPriorities) {
        checkIn(Set.of(PlanStatus.DRAFT, PlanStatus.UNDER_REVIEW), "revised");
        Plan revised = with(status, agreedOn, publishedOn, reviewDue, newTitle == null ? title : newTitle.strip(),
                newPriorities == null ? priorityIds : List.copyOf(newPriorities));
        return new Changed<>(revised,
                new PlanRevised(id, kind, partnershipId, revised.title, period, revised.priorityIds));
    }

    Changed<Plan, PlanAgreed> agree(LocalDate on) {
        checkIn(Set.of(PlanStatus.DRAFT, PlanStatus.UNDER_REVIEW), "agreed");
        if (priorityIds.isEmpty()) {
            throw new RuleViolated("'" + title + "' adopts no priority yet; a plan is agreed on its priorities");
        }
        Plan agreed = new Plan(id, version, kind, partnershipId, title, period, priorityIds, PlanStatus.AGREED, on,
                publishedOn, on.plus(REVIEW_EVERY), null, sentToCommissionerOn, commissionerEvidence, null,
                commissionerDueNotifiedOn);
        return new Changed<>(agreed, new PlanAgreed(id, kind, partnershipId, title, period, on, agreed.reviewDue));
    }

    Changed<Plan, PlanPublished> publish(LocalDate on) {
        if (status != PlanStatus.AGREED) {
            throw new RuleViolated("'" + title + "' is " + status + "; a plan is published only once it is agreed");
        }
        if (on.isBefore(agreedOn)) {
            throw new RuleViolated("It cannot be published on " + on + ", before it was agreed on " + agreedOn);
        }
        Plan published = with(PlanStatus.PUBLISHED, agreedOn, on, reviewDue, title, priorityIds);
        return new Changed<>(published, new PlanPublished(id, kind, partnershipId, title, period, on, reviewDue));
    }

    Changed<Plan, PlanReviewStarted> startReview(LocalDate on) {
        checkIn(Set.of(PlanStatus.PUBLISHED), "put under review");
        Plan underReview = new Plan(id, version, kind, partnershipId, title, period, priorityIds,
                PlanStatus.UNDER_REVIEW, agreedOn, publishedOn, reviewDue, on, sentToCommissionerOn,
                commissionerEvidence, reviewDueNotifiedOn, commissionerDueNotifiedOn);
        return new Changed<>(underReview, new PlanReviewStarted(id, kind, partnershipId, title, period, on, reviewDue));
    }

    Changed<Plan, AgreementSentToCommissioner> sendToCommissioner(LocalDate on, String evidence, LocalDate today) {
        if (kind != PlanKind.COUNTY_AGREEMENT) {
            throw new RuleViolated("Only the county agreement is sent to the Police and Crime Commissioner (§1.4)");
        }
        if (agreedOn == null) {
            throw new RuleViolated("'" + title + "' is not agreed yet; the agreement is sent once agreed");
        }
        if (sentToCommissionerOn != null) {
            throw new RuleViolated("'" + title + "' was already sent to the Commissioner on " + sentToCommissionerOn);
        }
        if (on.isBefore(agreedOn) || on.isAfter(today)) {
            throw new RuleViolated(
                    "It can be recorded as sent only between its agreement on " + agreedOn + " and today, " + today);
        }
        Plan sent = new Plan(id, version, kind, partnershipId, title, period, priorityIds, status, agreedOn,
                publishedOn, reviewDue, reviewStartedOn, on, evidence.strip(), reviewDueNotifiedOn,
                commissionerDueNotifiedOn);
        return new Changed<>(sent,
                new AgreementSentToCommissioner(id, partnershipId, title, on, sent.commissionerEvidence));
    }

    /**
     * The review falling due, announced once per cycle: the agreed or published plan has
     * reached its review date and nobody has started the review.
     */
    Optional<Changed<Plan, PlanReviewDue>> reviewFallenDue(LocalDate today) {
        if (reviewDue == null || reviewDueNotifiedOn != null || today.isBefore(reviewDue)
                || !Set.of(PlanStatus.AGREED, PlanStatus.PUBLISHED).contains(status)) {
            return Optional.empty();
        }
        Plan noted = new Plan(id, version, kind, partnershipId, title, period, priorityIds, status, agreedOn,
                publishedOn, reviewDue, reviewStartedOn, sentToCommissionerOn, commissionerEvidence, today,
                commissionerDueNotifiedOn);
        return Optional.of(new Changed<>(noted, new PlanReviewDue(id, kind, partnershipId, title, period, reviewDue)));
    }

    /** The agreement falling due with the Commissioner unsent, announced once. */
    Optional<Changed<Plan, AgreementDueToCommissioner>> commissionerCopyFallenDue(LocalDate today) {
        LocalDate due = commissionerCopyDue();
        if (due == null || sentToCommissionerOn != null || commissionerDueNotifiedOn != null || today.isBefore(due)) {
            return Optional.empty();
        }
        Plan noted = new Plan(id, version, kind, partnershipId, title, period, priorityIds, status, agreedOn,
                publishedOn, reviewDue, reviewStartedOn, sentToCommissionerOn, commissionerEvidence,
                reviewDueNotifiedOn, today);
        return Optional.of(new Changed<>(noted, new AgreementDueToCommissioner(id, partnershipId, title, due)));
    }

    /** When the agreement is due with the Commissioner, once agreed. */
    public LocalDate commissionerCopyDue() {
        return agreedOn == null || kind != PlanKind.COUNTY_AGREEMENT ? null : agreedOn.plus(COMMISSIONER_COPY_WITHIN);
    }

    private void checkIn(Set<PlanStatus> allowed, String what) {
        if (!allowed.contains(status)) {
            throw new RuleViolated("'" + title + "' is " + status + "; only a plan " + allowed + " can be " + what);
        }
    }

    private Plan with(PlanStatus newStatus, LocalDate agreed, LocalDate published, LocalDate due, String newTitle,
            List<String> priorities) {
        return new Plan(id, version, kind, partnershipId, newTitle, period, priorities, newStatus, agreed, published,
                due, reviewStartedOn, sentToCommissionerOn, commissionerEvidence, reviewDueNotifiedOn,
                commissionerDueNotifiedOn);
    }

}
