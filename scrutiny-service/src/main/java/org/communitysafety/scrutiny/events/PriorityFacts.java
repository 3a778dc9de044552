package org.communitysafety.scrutiny.events;

import java.util.Set;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * This service's reading of {@code priority-adopted.v1}, {@code priority-updated.v1} and
 * {@code priority-retired.v1} (contracts.md; the priority service publishes them under
 * its {@code contracts/events/}).
 *
 * @param priorityId the priority
 * @param title its title
 * @param partnershipId the partnership that owns it
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record PriorityFacts(String priorityId, String title, String partnershipId) {

    public static final String RETIRED = "org.communitysafety.priority.priority-retired.v1";

    public static final Set<String> TYPES = Set.of("org.communitysafety.priority.priority-adopted.v1",
            "org.communitysafety.priority.priority-updated.v1", RETIRED);

    public PriorityFacts {
        Required.of("priorityId", priorityId);
        Required.of("title", title);
    }
}
