package org.communitysafety.priority.action;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.communitysafety.servicedefaults.validation.InputRules;

/**
 * Assigns an action of a priority's action plan to an organisation.
 *
 * @param title what is to be done
 * @param ownerOrganisation the code of the organisation that owns it
 * @param ownerPerson the person who owns it there, if named
 * @param dueDate the day it is due by (not in the past)
 */
public record AssignActionRequest(@NotBlank @Size(max = InputRules.MAX_NAME) String title,
        @NotBlank @Size(max = InputRules.MAX_CODE) @Pattern(regexp = InputRules.CODE,
                message = InputRules.CODE_MESSAGE) String ownerOrganisation,
        @Size(max = InputRules.MAX_NAME) String ownerPerson, @NotNull LocalDate dueDate) {
}
