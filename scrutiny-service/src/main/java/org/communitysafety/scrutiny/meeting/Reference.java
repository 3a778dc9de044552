package org.communitysafety.scrutiny.meeting;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.communitysafety.scrutiny.replica.ReferenceKind;
import org.communitysafety.servicedefaults.validation.InputRules;

/**
 * Something on the platform an agenda item is about: a partnership, priority, plan or
 * action, by its id in the service that owns it.
 *
 * @param kind what it is
 * @param id its id there
 */
public record Reference(@NotNull ReferenceKind kind,
        @NotBlank @Size(max = InputRules.MAX_CODE) @Pattern(regexp = "^[A-Za-z0-9-]+$",
                message = "must be letters, digits and hyphens") String id) {
}
