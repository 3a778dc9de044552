package org.communitysafety.notification.events;

import java.time.LocalDate;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * This service's reading of {@code org.communitysafety.priority.plan-agreed.v1},
 * {@code plan-published.v1}, {@code plan-review-due.v1} and
 * {@code agreement-due-to-commissioner.v1} (contract: {@code contracts.md},
 * priority-service): a partnership plan or the county's community safety agreement was
 * agreed, published, fell due for review, or fell due to be sent to the Police and Crime
 * Commissioner (the last two time-caused, once).
 *
 * @param planId the plan or agreement
 * @param kind {@code PARTNERSHIP_PLAN} or {@code COUNTY_AGREEMENT}; the
 * due-to-commissioner event is always about the agreement and may leave it out
 * @param partnershipId the group whose plan it is (the county strategy group's for the
 * agreement)
 * @param title its title
 * @param period the years it covers, e.g. {@code 2015-16}
 * @param agreedOn when it was agreed (agreed)
 * @param publishedOn when it was published (published)
 * @param reviewDue when its review is due (published, review due)
 * @param dueOn when it is due to the Commissioner (due to commissioner)
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record PlanMilestone(String planId, String kind, String partnershipId, String title, String period,
        LocalDate agreedOn, LocalDate publishedOn, LocalDate reviewDue, LocalDate dueOn) {

    public static final String AGREED = "org.communitysafety.priority.plan-agreed.v1";

    public static final String PUBLISHED = "org.communitysafety.priority.plan-published.v1";

    public static final String REVIEW_DUE = "org.communitysafety.priority.plan-review-due.v1";

    public static final String DUE_TO_COMMISSIONER = "org.communitysafety.priority.agreement-due-to-commissioner.v1";

    public static final Set<String> TYPES = Set.of(AGREED, PUBLISHED, REVIEW_DUE, DUE_TO_COMMISSIONER);

    public static final String COUNTY_AGREEMENT = "COUNTY_AGREEMENT";

    public PlanMilestone {
        Required.text(planId, "planId");
        Required.text(partnershipId, "partnershipId");
        Required.text(title, "title");
    }

    public boolean isAgreement() {
        return COUNTY_AGREEMENT.equals(kind) || kind == null;
    }
}
