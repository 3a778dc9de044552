package org.communitysafety.servicedefaults.events;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

import org.communitysafety.servicedefaults.caller.Caller;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes domain events as {@link CloudEvent}s and reads them back, in one JSON dialect
 * for every service.
 */
public class CloudEvents {

    private final JsonMapper json;

    private final String source;

    private final Clock clock;

    public CloudEvents(JsonMapper json, String source, Clock clock) {
        this.json = json;
        this.source = source;
        this.clock = clock;
    }

    public CloudEvent wrap(DomainEvent event, String subject, String aggregateId, Caller caller, String traceparent) {
        return new CloudEvent(CloudEvent.SPEC_VERSION, UUID.randomUUID().toString(), source,
                DomainEvent.typeOf(event.getClass()), subject,
                OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC), "application/json", aggregateId,
                caller.organisation(), caller.actor(), traceparent, json.valueToTree(event));
    }

    public String write(CloudEvent event) {
        return json.writeValueAsString(event);
    }

    /**
     * Reads an event from the wire; anything that is not a well-formed CloudEvent is a
     * {@link MalformedEvent}.
     */
    public CloudEvent read(String value) {
        try {
            CloudEvent event = json.readValue(value, CloudEvent.class);
            if (event == null || event.id() == null || event.type() == null || event.source() == null
                    || event.time() == null || !CloudEvent.SPEC_VERSION.equals(event.specversion())) {
                throw new MalformedEvent(
                        "Not a CloudEvents 1.0 event: id, type, source, time and specversion are required");
            }
            return event;
        }
        catch (JacksonException ex) {
            throw new MalformedEvent("Not a JSON CloudEvent: " + ex.getOriginalMessage());
        }
    }

    /**
     * The event's data as the consumer's own record of it; data that does not fit is a
     * {@link MalformedEvent}.
     */
    public <T> T data(CloudEvent event, Class<T> type) {
        try {
            return json.treeToValue(event.data(), type);
        }
        catch (JacksonException ex) {
            throw new MalformedEvent("Event " + event.id() + " of type " + event.type() + " has unreadable data: "
                    + ex.getOriginalMessage());
        }
    }

}
