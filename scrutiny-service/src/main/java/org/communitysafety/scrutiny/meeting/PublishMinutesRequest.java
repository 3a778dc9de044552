package org.communitysafety.scrutiny.meeting;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * Publishes the minutes of a meeting that has taken place.
 *
 * @param text the minutes
 */
public record PublishMinutesRequest(@NotBlank @Size(max = 20_000) String text) {
}
