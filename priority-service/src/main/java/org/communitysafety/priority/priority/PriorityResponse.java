package org.communitysafety.priority.priority;

import java.time.LocalDate;
import java.util.List;

/**
 * A priority, as the API shows it.
 *
 * @param id the priority
 * @param title what it is
 * @param theme its theme
 * @param scope countywide or local
 * @param partnership the county strategy group or the CSP that holds it
 * @param leadGroup the delivery group that leads it
 * @param sources where it comes from
 * @param parent the countywide priority a local one takes forward
 * @param outcomes the outcomes it serves
 * @param since the first plan year it is a priority for
 * @param status active or retired
 * @param retiredOn when it was retired
 * @param version its version, also its ETag
 */
public record PriorityResponse(String id, String title, String theme, Scope scope, String partnership, String leadGroup,
        List<Source> sources, String parent, List<String> outcomes, String since, PriorityStatus status,
        LocalDate retiredOn, long version) {

    static PriorityResponse of(Priority priority) {
        return new PriorityResponse(priority.id(), priority.title(), priority.theme(), priority.scope(),
                priority.partnershipId(), priority.leadGroupId(), priority.sources(), priority.parentId(),
                priority.outcomeIds(), priority.since(), priority.status(), priority.retiredOn(), priority.version());
    }
}
