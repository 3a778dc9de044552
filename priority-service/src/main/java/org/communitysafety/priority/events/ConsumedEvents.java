package org.communitysafety.priority.events;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.communitysafety.servicedefaults.consumer.InboundEvents;
import org.communitysafety.servicedefaults.events.CloudEvent;
import org.communitysafety.servicedefaults.events.CloudEvents;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Reads the partnership service's topic, and this service's own (what follows from its
 * own changes, such as a priority's status after a reading), and hands each event to the
 * handlers of its type; types nobody here reacts to are skipped, never failed.
 */
@Component
class ConsumedEvents {

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

    @KafkaListener(id = "priority-consumed-events", idIsGroup = false,
            topics = { ConsumedTopics.PARTNERSHIP, ConsumedTopics.PRIORITY })
    void on(String value) {
        // Read first so that a record that is no CloudEvent at all is dead-lettered.
        CloudEvent event = cloudEvents.read(value);
        for (EventHandler handler : handlersByType.getOrDefault(event.type(), List.of())) {
            inbound.handleOnce(handler.name(), value, handler::handle);
        }
    }

}
