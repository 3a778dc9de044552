package org.communitysafety.priority.plan;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.communitysafety.servicedefaults.validation.InputRules;

/**
 * Changes a draft plan, or one under review; a field left out keeps its value.
 *
 * @param title its title
 * @param priorities the ids of the priorities it adopts, all of them
 */
public record RevisePlanRequest(
        @Size(max = InputRules.MAX_NAME) @Pattern(regexp = InputRules.SOME_TEXT,
                message = InputRules.SOME_TEXT_MESSAGE) String title,
        @Size(max = InputRules.MAX_LIST) List<@NotBlank @Size(max = 64) String> priorities) {
}
