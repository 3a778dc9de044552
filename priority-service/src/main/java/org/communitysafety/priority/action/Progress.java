package org.communitysafety.priority.action;

import java.time.LocalDate;

/**
 * A dated progress update on an action.
 *
 * @param recordedOn the day it describes
 * @param status where the action stood
 * @param note what was done
 * @param recordedBy the organisation that recorded it
 */
public record Progress(LocalDate recordedOn, ActionStatus status, String note, String recordedBy) {
}
