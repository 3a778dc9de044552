package org.communitysafety.servicedefaults.config;

import java.time.Clock;
import java.time.Duration;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.TopicPartition;
import org.communitysafety.servicedefaults.caller.CallerResolver;
import org.communitysafety.servicedefaults.consumer.DeadLetterController;
import org.communitysafety.servicedefaults.consumer.DeadLetterTopics;
import org.communitysafety.servicedefaults.consumer.DeadLetters;
import org.communitysafety.servicedefaults.consumer.InboundEvents;
import org.communitysafety.servicedefaults.events.CloudEvents;
import org.communitysafety.servicedefaults.events.EventsProperties;
import org.communitysafety.servicedefaults.events.MalformedEvent;
import org.communitysafety.servicedefaults.health.StoreOutages;
import org.communitysafety.servicedefaults.history.ChangeHistory;
import org.communitysafety.servicedefaults.observability.ThrottledMeasurement;
import org.communitysafety.servicedefaults.outbox.AggregateStore;
import org.communitysafety.servicedefaults.outbox.OutboxCollections;
import org.communitysafety.servicedefaults.outbox.OutboxRelay;
import org.communitysafety.servicedefaults.outbox.ParkedEventController;
import org.communitysafety.servicedefaults.outbox.ParkedEvents;
import org.communitysafety.servicedefaults.outbox.PendingEvents;
import org.communitysafety.servicedefaults.tracing.Traces;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.support.ExponentialBackOffWithMaxRetries;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.util.backoff.BackOff;
import org.springframework.util.backoff.ExponentialBackOff;
import tools.jackson.databind.json.JsonMapper;

/**
 * The event machinery every service shares: envelope, outbox, relay, history and
 * idempotent consumption.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@EnableConfigurationProperties(EventsProperties.class)
class EventsConfiguration {

    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    CloudEvents cloudEvents(JsonMapper json, EventsProperties properties, Clock clock) {
        return new CloudEvents(json, properties.source(), clock);
    }

    @Bean
    CallerResolver callerResolver(@Value("${spring.application.name}") String serviceName) {
        return new CallerResolver(serviceName);
    }

    @Bean
    ChangeHistory changeHistory(MongoTemplate mongo, CloudEvents cloudEvents) {
        return new ChangeHistory(mongo, cloudEvents, new PendingEvents(mongo));
    }

    @Bean
    OutboxCollections outboxCollections() {
        return new OutboxCollections();
    }

    @Bean
    AggregateStore aggregateStore(MongoTemplate mongo, CloudEvents cloudEvents, CallerResolver callers,
            EventsProperties properties, OutboxCollections collections, Traces traces) {
        return new AggregateStore(mongo, cloudEvents, callers, properties, collections, traces);
    }

    /**
     * {@code platform.events.relay-attempts}: how often the broker may refuse an event
     * for good (too large, not serialisable, a topic that cannot be written) before the
     * relay parks it.
     */
    @Bean
    ParkedEvents parkedEvents(MongoTemplate mongo, OutboxCollections collections,
            @Value("${platform.events.relay-attempts:3}") int relayAttempts, Clock clock) {
        return new ParkedEvents(mongo, collections, relayAttempts, clock);
    }

    @Bean
    ParkedEventController parkedEventController(ParkedEvents parkedEvents) {
        return new ParkedEventController(parkedEvents);
    }

    @Bean
    OutboxRelay outboxRelay(MongoTemplate mongo, KafkaTemplate<String, String> kafka, ChangeHistory history,
            EventsProperties properties, OutboxCollections collections, ParkedEvents parkedEvents, Clock clock,
            Traces traces) {
        return new OutboxRelay(mongo, kafka, history, properties, collections, parkedEvents, clock, traces);
    }

    /**
     * Operators watch this: events waiting because the broker is away, or a relay that is
     * stuck.
     */
    @Bean
    MeterBinder outboxPendingGauge(OutboxRelay relay, Clock clock) {
        ThrottledMeasurement pending = new ThrottledMeasurement(relay::pendingCount,
                ThrottledMeasurement.DEFAULT_INTERVAL, clock);
        return registry -> Gauge.builder("platform.outbox.pending", pending, ThrottledMeasurement::value)
            .strongReference(true)
            .description("Events written but not yet published to Kafka")
            .register(registry);
    }

    /**
     * Operators are alerted on this: events the broker refused for good wait for them.
     */
    @Bean
    MeterBinder outboxParkedGauge(ParkedEvents parkedEvents, Clock clock) {
        ThrottledMeasurement parked = new ThrottledMeasurement(() -> parkedEvents.list(Integer.MAX_VALUE).size(),
                ThrottledMeasurement.DEFAULT_INTERVAL, clock);
        return registry -> Gauge.builder("platform.outbox.parked", parked, ThrottledMeasurement::value)
            .strongReference(true)
            .description("Events the broker refused for good, waiting for an operator's replay")
            .register(registry);
    }

    @Bean
    InboundEvents inboundEvents(MongoTemplate mongo, CloudEvents cloudEvents) {
        return new InboundEvents(mongo, cloudEvents);
    }

    @Bean
    DeadLetters deadLetters(@Value("${spring.kafka.bootstrap-servers}") String bootstrapServers,
            @Value("${platform.service}") String consumer, KafkaTemplate<String, String> kafka) {
        return new DeadLetters(bootstrapServers, consumer, kafka);
    }

    @Bean
    DeadLetterController deadLetterController(DeadLetters deadLetters) {
        return new DeadLetterController(deadLetters);
    }

    @Bean
    NewTopic eventsTopic(EventsProperties properties) {
        return TopicBuilder.name(properties.topic()).partitions(properties.partitions()).build();
    }

    /**
     * Retries a failing handler with back-off (by default for about two minutes), then
     * publishes the record to this service's dead-letter topic with the failure reason in
     * its headers. Malformed events are dead-lettered at once: retrying cannot help. A
     * handler that failed because the service's own store did not answer is retried for
     * as long as the outage lasts (back-off capped at the maximum), never dead-lettered:
     * the event is good, its offset stays uncommitted, and its effect is made once the
     * store returns.
     */
    @Bean
    DefaultErrorHandler eventErrorHandler(KafkaTemplate<String, String> kafka,
            @Value("${platform.service}") String consumer, EventsProperties properties) {
        var recoverer = new DeadLetterPublishingRecoverer(kafka, (record,
                ex) -> new org.apache.kafka.common.TopicPartition(DeadLetterTopics.of(record.topic(), consumer), -1));
        var backOff = new ExponentialBackOffWithMaxRetries(properties.consumerRetries());
        backOff.setInitialInterval(200);
        backOff.setMultiplier(2);
        backOff.setMaxInterval(properties.consumerMaxBackoff().toMillis());
        var handler = new DefaultErrorHandler(recoverer, backOff);
        handler.addNotRetryableExceptions(MalformedEvent.class);
        handler.setBackOffFunction((record, failure) -> StoreOutages.isStoreOutage(failure)
                ? untilTheStoreReturns(properties.consumerMaxBackoff()) : null);
        return handler;
    }

    private static BackOff untilTheStoreReturns(Duration maxInterval) {
        ExponentialBackOff backOff = new ExponentialBackOff(200, 2);
        backOff.setMaxInterval(maxInterval.toMillis());
        backOff.setMaxElapsedTime(Long.MAX_VALUE);
        return backOff;
    }

}
