package org.communitysafety.servicedefaults.consumer;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DeadLetterTopicsTests {

    @Test
    void namesOneDeadLetterTopicPerConsumedTopicAndConsumerAndFindsTheOriginBack() {
        String deadLetters = DeadLetterTopics.of("partnership.events", "notification");

        assertThat(deadLetters).isEqualTo("partnership.events.notification.dlt");
        assertThat(DeadLetterTopics.originOf(deadLetters)).isEqualTo("partnership.events");
    }

}
