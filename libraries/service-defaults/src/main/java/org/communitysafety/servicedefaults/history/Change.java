package org.communitysafety.servicedefaults.history;

import java.time.OffsetDateTime;

import org.communitysafety.servicedefaults.events.CloudEvent;
import tools.jackson.databind.JsonNode;

/**
 * One entry of an object's history, as the API returns it.
 *
 * @param eventId the event that recorded the change
 * @param type what happened (the versioned event type)
 * @param time when
 * @param organisation on whose behalf
 * @param actor which client or person
 * @param data how: the event's data
 * @param published whether the event has reached the other services yet
 */
public record Change(String eventId, String type, OffsetDateTime time, String organisation, String actor, JsonNode data,
        boolean published) {

    static Change of(CloudEvent event, boolean published) {
        return new Change(event.id(), event.type(), event.time(), event.organisation(), event.actor(), event.data(),
                published);
    }
}
