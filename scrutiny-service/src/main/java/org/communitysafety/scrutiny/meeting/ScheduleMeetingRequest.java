package org.communitysafety.scrutiny.meeting;

import java.time.Instant;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.communitysafety.servicedefaults.validation.InputRules;

/**
 * Schedules a meeting of a body.
 *
 * @param title what the meeting is
 * @param startsAt when it starts (an instant, e.g. {@code 2026-03-30T18:00:00Z})
 * @param place where
 */
public record ScheduleMeetingRequest(@NotBlank @Size(max = InputRules.MAX_NAME) String title, @NotNull Instant startsAt,
        @NotBlank @Size(max = InputRules.MAX_NAME) String place) {
}
