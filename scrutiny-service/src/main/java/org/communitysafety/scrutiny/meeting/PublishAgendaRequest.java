package org.communitysafety.scrutiny.meeting;

import jakarta.validation.constraints.Size;
import org.communitysafety.servicedefaults.validation.InputRules;

/**
 * Publishes a meeting's agenda today.
 *
 * @param lateReason why it is late; required when it gives fewer than five clear working
 * days' notice, refused otherwise
 */
public record PublishAgendaRequest(@Size(max = InputRules.MAX_TEXT) String lateReason) {
}
