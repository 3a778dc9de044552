package org.communitysafety.notification.events;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import org.communitysafety.servicedefaults.consumer.InboundEvents;
import org.communitysafety.servicedefaults.events.CloudEvent;
import org.communitysafety.servicedefaults.events.CloudEvents;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Reads the topics of the services this one listens to and hands each event to the
 * features that react to its type. Every service publishes many types nobody here cares
 * about: those are skipped, never failed.
 */
@Component
class ConsumedEvents {

    private static final Logger log = LoggerFactory.getLogger(ConsumedEvents.class);

    private final InboundEvents inbound;

    private final CloudEvents cloudEvents;

    private final Map<String, List<EventHandler>> handlersByType;

    ConsumedEvents(InboundEvents inbound, CloudEvents cloudEvents, List<EventHandler> handlers) {
        this.inbound = inbound;
        this.cloudEvents = cloudEvents;
        this.handlersByType = handlers.stream()
            .flatMap(handler -> handler.eventTypes().stream().map(type -> Map.entry(type, handler)))
            .collect(Collectors.groupingBy(Map.Entry::getKey,
                    Collectors.mapping(Map.Entry::getValue, Collectors.toUnmodifiableList())));
    }

    @KafkaListener(id = "notification-consumed-events", idIsGroup = false,
            topics = { ConsumedTopics.PARTNERSHIP, ConsumedTopics.PRIORITY, ConsumedTopics.SCRUTINY })
    void on(String value) {
        // Read first so that a record that is no CloudEvent at all is dead-lettered
        // before anything else.
        CloudEvent event = cloudEvents.read(value);
        List<EventHandler> handlers = handlersByType.getOrDefault(event.type(), List.of());
        if (handlers.isEmpty()) {
            log.debug("Skipped event {} of type {}: nothing here reacts to it", event.id(), event.type());
            return;
        }
        // Which handlers have seen it is asked once for them all.
        Map<String, Consumer<CloudEvent>> each = new LinkedHashMap<>();
        handlers.forEach(handler -> each.put(handler.name(), handler::handle));
        inbound.handleOnceEach(value, each);
    }

}
