package org.communitysafety.scrutiny.meeting;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.communitysafety.servicedefaults.validation.InputRules;

/**
 * Adds an item to a meeting's draft agenda.
 *
 * @param title what it is about
 * @param paper where its paper is published, if it has one
 * @param restricted whether it is considered in private (default no)
 * @param restrictionReason why, required when restricted
 * @param references the partnerships, priorities, plans or actions it is about
 */
public record AddAgendaItemRequest(@NotBlank @Size(max = InputRules.MAX_NAME) String title,
        @Size(max = InputRules.MAX_TEXT) String paper, Boolean restricted,
        @Size(max = InputRules.MAX_TEXT) String restrictionReason,
        @Size(max = InputRules.MAX_LIST) List<@Valid Reference> references) {
}
