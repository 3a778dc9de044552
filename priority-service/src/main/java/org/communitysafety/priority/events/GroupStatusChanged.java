package org.communitysafety.priority.events;

import java.time.LocalDate;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.communitysafety.servicedefaults.events.MalformedEvent;

/**
 * This service's reading of
 * {@code org.communitysafety.partnership.partnership-status-changed.v1} (contract: the
 * partnership service's {@code partnership-status-changed.v1.schema.json}).
 *
 * @param partnershipId the group's code
 * @param status its status from now on
 * @param since the day it took effect
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record GroupStatusChanged(String partnershipId, String status, LocalDate since) {

    public static final String TYPE = "org.communitysafety.partnership.partnership-status-changed.v1";

    public GroupStatusChanged {
        if (partnershipId == null || status == null) {
            throw new MalformedEvent("A status change needs partnershipId and status");
        }
    }
}
