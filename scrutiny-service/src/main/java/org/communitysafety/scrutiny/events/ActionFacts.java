package org.communitysafety.scrutiny.events;

import java.util.Set;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * This service's reading of {@code action-assigned.v1} (contracts.md): an action a
 * response may name as carrying out a recommendation.
 *
 * @param actionId the action
 * @param title its title
 * @param priorityId the priority it serves
 * @param partnershipId the partnership that owns it
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ActionFacts(String actionId, String title, String priorityId, String partnershipId) {

    public static final Set<String> TYPES = Set.of("org.communitysafety.priority.action-assigned.v1");

    public ActionFacts {
        Required.of("actionId", actionId);
        Required.of("title", title);
    }
}
