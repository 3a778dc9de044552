package org.communitysafety.priority.action;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.communitysafety.servicedefaults.validation.InputRules;

/**
 * Records progress on an action.
 *
 * @param status where it stands (not started or in progress; completion has its own call)
 * @param note what was done
 * @param recordedOn the day the update describes (default today)
 */
public record RecordProgressRequest(@NotNull ActionStatus status,
        @NotBlank @Size(max = InputRules.MAX_TEXT) String note, LocalDate recordedOn) {
}
