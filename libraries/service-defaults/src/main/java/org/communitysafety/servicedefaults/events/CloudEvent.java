package org.communitysafety.servicedefaults.events;

import java.time.OffsetDateTime;

import tools.jackson.databind.JsonNode;

/**
 * An event as it travels on Kafka: a CloudEvents 1.0 event in structured JSON mode
 * (content type {@code application/cloudevents+json}), so that any CloudEvents SDK or
 * tool can read the topics.
 *
 * @param specversion always {@code 1.0}
 * @param id unique per event; consumers use it to handle each event once
 * @param source the producing service, e.g. {@code /services/partnership}
 * @param type the versioned event type, see {@link EventType}
 * @param subject the aggregate the event is about, e.g. {@code memberships/5d1c...}
 * @param time when the change was made
 * @param datacontenttype always {@code application/json}
 * @param partitionkey the aggregate id; also the Kafka record key, so one aggregate's
 * events stay in order
 * @param organisation extension: the organisation on whose behalf the change was made
 * @param actor extension: the client or person who made it
 * @param traceparent extension (CloudEvents distributed tracing): the W3C trace context
 * of the request
 * @param data the event itself
 */
public record CloudEvent(String specversion, String id, String source, String type, String subject, OffsetDateTime time,
        String datacontenttype, String partitionkey, String organisation, String actor, String traceparent,
        JsonNode data) {

    public static final String SPEC_VERSION = "1.0";

    public static final String CONTENT_TYPE = "application/cloudevents+json; charset=UTF-8";

}
