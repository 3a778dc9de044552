package org.communitysafety.notification.events;

import java.time.LocalDate;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * This service's reading of
 * {@code org.communitysafety.priority.assessment-window-opened.v1} and
 * {@code assessment-window-closed.v1} (contract: {@code contracts.md}, priority-service):
 * the year's window for the strategic assessment opened or closed (time-caused, once per
 * year).
 *
 * @param year the assessment's year, e.g. {@code 2015}
 * @param opensOn the window's first day
 * @param closesOn its last day
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record AssessmentWindow(int year, LocalDate opensOn, LocalDate closesOn) {

    public static final String OPENED = "org.communitysafety.priority.assessment-window-opened.v1";

    public static final String CLOSED = "org.communitysafety.priority.assessment-window-closed.v1";

    public static final Set<String> TYPES = Set.of(OPENED, CLOSED);

    public AssessmentWindow {
        Required.present(opensOn, "opensOn");
        Required.present(closesOn, "closesOn");
    }
}
