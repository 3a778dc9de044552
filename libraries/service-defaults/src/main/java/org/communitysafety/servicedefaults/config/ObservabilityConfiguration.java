package org.communitysafety.servicedefaults.config;

import java.time.Clock;

import org.communitysafety.servicedefaults.observability.DeadLetterBacklog;
import org.communitysafety.servicedefaults.observability.OutboxAge;
import io.micrometer.observation.ObservationPredicate;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;
import org.communitysafety.servicedefaults.outbox.OutboxCollections;
import org.communitysafety.servicedefaults.outbox.OutboxRelay;
import org.communitysafety.servicedefaults.personaldata.PersonalDataKeyRelay;
import org.communitysafety.servicedefaults.tracing.Traces;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.scheduling.support.ScheduledTaskObservationContext;

/**
 * The gauges operators alert on beyond what Boot and the Kafka clients measure, and the
 * traces that go on in work done later.
 */
@Configuration(proxyBeanMethods = false)
class ObservabilityConfiguration {

    @Bean
    OutboxAge outboxAge(MongoTemplate mongo, OutboxCollections collections, Clock clock) {
        return new OutboxAge(mongo, collections, clock);
    }

    @Bean
    Traces traces(Tracer tracer, Propagator propagator) {
        return new Traces(tracer, propagator);
    }

    /**
     * The relays poll every 200 ms: observed, each poll would be a trace of its own five
     * times a second, mostly finding nothing. What they publish is traced all the same,
     * in the trace of the work that stored it.
     */
    @Bean
    ObservationPredicate relayPollsUnobserved() {
        return (name, context) -> !(context instanceof ScheduledTaskObservationContext task
                && (task.getTargetClass() == OutboxRelay.class || task.getTargetClass() == PersonalDataKeyRelay.class));
    }

    @Bean
    DeadLetterBacklog deadLetterBacklog(KafkaAdmin kafkaAdmin, @Value("${platform.service}") String consumer) {
        return new DeadLetterBacklog(kafkaAdmin.getConfigurationProperties(), consumer);
    }

}
