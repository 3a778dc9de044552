package org.communitysafety.servicedefaults.config;

import java.time.Clock;
import java.time.Duration;

import org.apache.kafka.clients.admin.NewTopic;
import org.communitysafety.servicedefaults.consumer.DeadLetterTopics;
import org.communitysafety.servicedefaults.events.EventsProperties;
import org.communitysafety.servicedefaults.personaldata.PersonalDataKeyRelay;
import org.communitysafety.servicedefaults.personaldata.PersonalDataKeyring;
import org.communitysafety.servicedefaults.personaldata.PersonalDataKeys;
import org.communitysafety.servicedefaults.personaldata.PersonalDataProperties;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.core.KafkaTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Crypto-shredding of personal data in events (docs/adr/006): the keys a producer seals
 * with and publishes, and the keyring a consumer opens with. Each half only where the
 * service says it takes part.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PersonalDataProperties.class)
class PersonalDataConfiguration {

    /**
     * Tombstones are kept for a century, in effect for ever: they are tiny, hold nothing
     * personal, and are how a replica rebuilt from the start learns who was erased.
     */
    private static final Duration TOMBSTONES_KEPT = Duration.ofDays(36_500);

    /**
     * A shredded key's last record is compacted away once its segment rolls; segments
     * roll daily, so a key survives its shredding on the broker by about a day.
     */
    private static final Duration SEGMENT_ROLL = Duration.ofDays(1);

    @Bean
    @ConditionalOnProperty("platform.personal-data.key-topic")
    PersonalDataKeys personalDataKeys(MongoTemplate mongo, JsonMapper json, Clock clock) {
        return new PersonalDataKeys(mongo, json, clock);
    }

    @Bean
    @ConditionalOnProperty("platform.personal-data.key-topic")
    PersonalDataKeyRelay personalDataKeyRelay(PersonalDataKeys keys, KafkaTemplate<String, String> kafka,
            JsonMapper json, PersonalDataProperties properties) {
        return new PersonalDataKeyRelay(keys, kafka, json, properties.keyTopic(), properties.sendTimeout());
    }

    @Bean
    @ConditionalOnProperty("platform.personal-data.key-topic")
    NewTopic personalDataKeyTopic(PersonalDataProperties properties, EventsProperties events) {
        return TopicBuilder.name(properties.keyTopic())
            .partitions(events.partitions())
            .compact()
            .config("delete.retention.ms", String.valueOf(TOMBSTONES_KEPT.toMillis()))
            .config("segment.ms", String.valueOf(SEGMENT_ROLL.toMillis()))
            .config("min.cleanable.dirty.ratio", "0.01")
            .build();
    }

    @Bean
    @ConditionalOnProperty("platform.personal-data.consumed-key-topics")
    PersonalDataKeyring personalDataKeyring(MongoTemplate mongo, JsonMapper json) {
        return new PersonalDataKeyring(mongo, json);
    }

    /** The dead letters of a key record that cannot be read are this consumer's own. */
    @Bean
    @ConditionalOnProperty("platform.personal-data.consumed-key-topics")
    KafkaAdmin.NewTopics personalDataKeyDeadLetters(PersonalDataProperties properties, EventsProperties events,
            @Value("${platform.service}") String consumer) {
        return new KafkaAdmin.NewTopics(properties.consumedKeyTopics()
            .stream()
            .map(topic -> TopicBuilder.name(DeadLetterTopics.of(topic, consumer))
                .partitions(events.partitions())
                .build())
            .toArray(NewTopic[]::new));
    }

}
