package org.communitysafety.scrutiny.events;

import java.util.Set;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * This service's reading of {@code plan-drafted.v1}, {@code plan-agreed.v1} and
 * {@code plan-published.v1} (contracts.md): a plan scrutiny may refer to.
 *
 * @param planId the plan
 * @param title its title
 * @param partnershipId the partnership whose plan it is
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record PlanFacts(String planId, String title, String partnershipId) {

    public static final Set<String> TYPES = Set.of("org.communitysafety.priority.plan-drafted.v1",
            "org.communitysafety.priority.plan-agreed.v1", "org.communitysafety.priority.plan-published.v1");

    public PlanFacts {
        Required.of("planId", planId);
        Required.of("title", title);
    }
}
