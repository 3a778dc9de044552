package org.communitysafety.tidy.events;

import org.springframework.kafka.annotation.KafkaListener;

/** Where consumed events enter. */
class ConsumedEntries {

    @KafkaListener(topics = "elsewhere.events")
    void on(String event) {
    }

}
