package org.communitysafety.notification.preference;

import jakarta.validation.constraints.NotNull;

/**
 * An administrator's choice of how a member receives one kind of alert.
 *
 * @param choice {@code AT_ONCE}, {@code WEEKLY_DIGEST} or {@code NEVER}
 */
public record ChoiceRequest(@NotNull Choice choice) {
}
