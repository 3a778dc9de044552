package org.communitysafety.priority.events;

import org.apache.kafka.clients.admin.NewTopic;
import org.communitysafety.servicedefaults.consumer.DeadLetterTopics;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.TopicBuilder;

/**
 * The topics this service reads, and the dead-letter topic of each, which is this
 * service's own to inspect and replay.
 */
@Configuration(proxyBeanMethods = false)
class ConsumedTopics {

    static final String PARTNERSHIP = "partnership.events";

    static final String PRIORITY = "priority.events";

    @Bean
    NewTopic partnershipDeadLetters(@Value("${platform.service}") String service,
            @Value("${platform.events.partitions:3}") int partitions) {
        return TopicBuilder.name(DeadLetterTopics.of(PARTNERSHIP, service)).partitions(partitions).build();
    }

    @Bean
    NewTopic ownDeadLetters(@Value("${platform.service}") String service,
            @Value("${platform.events.partitions:3}") int partitions) {
        return TopicBuilder.name(DeadLetterTopics.of(PRIORITY, service)).partitions(partitions).build();
    }

}
