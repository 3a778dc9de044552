package org.communitysafety.priority.plan;

import java.time.LocalDate;
import java.util.List;

/**
 * A plan or the county agreement, as the API shows it.
 *
 * @param id the plan
 * @param kind partnership plan or county agreement
 * @param partnership the CSP, or the county strategy group
 * @param title its title
 * @param period the plan year
 * @param priorities the priorities it adopts
 * @param status draft, agreed, published or under review
 * @param agreedOn when it was last agreed
 * @param publishedOn when it was last published
 * @param reviewDue when its review falls due
 * @param reviewStartedOn when its review began
 * @param sentToCommissionerOn when the agreement was sent to the Commissioner
 * @param commissionerEvidence what shows it was sent
 * @param commissionerCopyDue when the agreement is due with the Commissioner
 * @param version its version, also its ETag
 */
public record PlanResponse(String id, PlanKind kind, String partnership, String title, String period,
        List<String> priorities, PlanStatus status, LocalDate agreedOn, LocalDate publishedOn, LocalDate reviewDue,
        LocalDate reviewStartedOn, LocalDate sentToCommissionerOn, String commissionerEvidence,
        LocalDate commissionerCopyDue, long version) {

    static PlanResponse of(Plan plan) {
        return new PlanResponse(plan.id(), plan.kind(), plan.partnershipId(), plan.title(), plan.period(),
                plan.priorityIds(), plan.status(), plan.agreedOn(), plan.publishedOn(), plan.reviewDue(),
                plan.reviewStartedOn(), plan.sentToCommissionerOn(), plan.commissionerEvidence(),
                plan.commissionerCopyDue(), plan.version());
    }
}
