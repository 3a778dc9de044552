package org.communitysafety.servicedefaults.observability;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ListOffsetsResult.ListOffsetsResultInfo;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * How many of this service's dead letters wait to be replayed
 * ({@code platform.dead.letters.waiting}): the records in its dead-letter topics
 * ({@code <topic>.<service>.dlt}) beyond what the replay's consumer group
 * ({@code <service>-dead-letter-replay}, see DeadLetters) has taken. Unknown (NaN) while
 * the broker does not answer, rather than a reassuring 0.
 */
public class DeadLetterBacklog implements MeterBinder, AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(DeadLetterBacklog.class);

    private static final long TIMEOUT_SECONDS = 3;

    private final Admin admin;

    private final String consumer;

    public DeadLetterBacklog(Map<String, Object> adminConfiguration, String consumer) {
        this.admin = Admin.create(adminConfiguration);
        this.consumer = consumer;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        Gauge.builder("platform.dead.letters.waiting", this, DeadLetterBacklog::waiting)
            .description("Dead letters of this service's consumers not yet replayed")
            .register(registry);
    }

    double waiting() {
        try {
            Set<String> topics = admin.listTopics()
                .names()
                .get(TIMEOUT_SECONDS, TimeUnit.SECONDS)
                .stream()
                .filter((topic) -> topic.endsWith("." + consumer + ".dlt"))
                .collect(Collectors.toSet());
            if (topics.isEmpty()) {
                return 0;
            }
            Set<TopicPartition> partitions = admin.describeTopics(topics)
                .allTopicNames()
                .get(TIMEOUT_SECONDS, TimeUnit.SECONDS)
                .values()
                .stream()
                .flatMap((topic) -> topic.partitions()
                    .stream()
                    .map((partition) -> new TopicPartition(topic.name(), partition.partition())))
                .collect(Collectors.toSet());
            Map<TopicPartition, ListOffsetsResultInfo> ends = offsets(partitions, OffsetSpec.latest());
            // Dead letters older than the topic's retention are gone, replayed or not.
            Map<TopicPartition, ListOffsetsResultInfo> starts = offsets(partitions, OffsetSpec.earliest());
            Map<TopicPartition, OffsetAndMetadata> replayed = admin
                .listConsumerGroupOffsets(consumer + "-dead-letter-replay")
                .partitionsToOffsetAndMetadata()
                .get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
            return ends.entrySet().stream().mapToLong((end) -> {
                OffsetAndMetadata taken = replayed.get(end.getKey());
                long from = Math.max(starts.get(end.getKey()).offset(), (taken != null) ? taken.offset() : 0);
                return Math.max(0, end.getValue().offset() - from);
            }).sum();
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            return Double.NaN;
        }
        catch (Exception ex) {
            log.debug("Cannot count the dead letters waiting", ex);
            return Double.NaN;
        }
    }

    private Map<TopicPartition, ListOffsetsResultInfo> offsets(Set<TopicPartition> partitions, OffsetSpec spec)
            throws Exception {
        return admin
            .listOffsets(partitions.stream().collect(Collectors.toMap((partition) -> partition, (partition) -> spec)))
            .all()
            .get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
    }

    @Override
    public void close() {
        admin.close();
    }

}
