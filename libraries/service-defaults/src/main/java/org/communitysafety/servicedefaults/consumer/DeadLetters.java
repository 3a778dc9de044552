package org.communitysafety.servicedefaults.consumer;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.springframework.kafka.core.KafkaTemplate;

/**
 * This service's poison messages: what is waiting in its dead-letter topics, with the
 * reason each failed, and their replay to the original topic once the cause is fixed.
 * Replay goes through a consumer group of its own, so a record is replayed once;
 * consumers are idempotent, so a replayed event that some other service already handled
 * changes nothing there.
 */
public class DeadLetters {

    private static final Duration QUIET = Duration.ofSeconds(2);

    private final String bootstrapServers;

    private final String consumer;

    private final KafkaTemplate<String, String> kafka;

    public DeadLetters(String bootstrapServers, String consumer, KafkaTemplate<String, String> kafka) {
        this.bootstrapServers = bootstrapServers;
        this.consumer = consumer;
        this.kafka = kafka;
    }

    /** Up to {@code max} dead letters not yet replayed, oldest first. */
    public List<DeadLetter> waiting(int max) {
        try (KafkaConsumer<String, String> reader = consumer("dead-letter-reader-" + UUID.randomUUID())) {
            List<DeadLetter> letters = new ArrayList<>();
            for (ConsumerRecord<String, String> record : drain(reader, max)) {
                letters.add(DeadLetter.of(record));
            }
            return letters;
        }
    }

    /**
     * Sends every dead letter not yet replayed back to its original topic; answers how
     * many.
     */
    public int replay() {
        try (KafkaConsumer<String, String> replayer = consumer(consumer + "-dead-letter-replay")) {
            List<ConsumerRecord<String, String>> records = drain(replayer, Integer.MAX_VALUE);
            for (ConsumerRecord<String, String> record : records) {
                ProducerRecord<String, String> again = new ProducerRecord<>(DeadLetterTopics.originOf(record.topic()),
                        record.key(), record.value());
                again.headers()
                    .add("replayed-from", (record.topic() + "@" + record.offset()).getBytes(StandardCharsets.UTF_8));
                kafka.send(again).get(10, TimeUnit.SECONDS);
            }
            replayer.commitSync();
            return records.size();
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Replay interrupted", ex);
        }
        catch (ExecutionException | java.util.concurrent.TimeoutException ex) {
            throw new IllegalStateException("The broker did not take a replayed event; nothing was committed", ex);
        }
    }

    private List<ConsumerRecord<String, String>> drain(KafkaConsumer<String, String> reader, int max) {
        List<String> topics = deadLetterTopics();
        List<ConsumerRecord<String, String>> records = new ArrayList<>();
        if (topics.isEmpty()) {
            return records;
        }
        reader.subscribe(topics);
        long quietUntil = System.nanoTime() + QUIET.toNanos();
        while (System.nanoTime() < quietUntil && records.size() < max) {
            var batch = reader.poll(Duration.ofMillis(200));
            batch.forEach(record -> {
                if (records.size() < max) {
                    records.add(record);
                }
            });
            if (!batch.isEmpty()) {
                quietUntil = System.nanoTime() + QUIET.toNanos();
            }
        }
        return records;
    }

    private List<String> deadLetterTopics() {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
            return admin.listTopics()
                .names()
                .get(10, TimeUnit.SECONDS)
                .stream()
                .filter(topic -> topic.endsWith("." + consumer + ".dlt"))
                .sorted()
                .toList();
        }
        catch (Exception ex) {
            throw new IllegalStateException("Cannot list the dead-letter topics: " + ex.getMessage(), ex);
        }
    }

    private KafkaConsumer<String, String> consumer(String group) {
        return new KafkaConsumer<>(Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.GROUP_ID_CONFIG, group, ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false"), new StringDeserializer(), new StringDeserializer());
    }

    /**
     * One dead letter, as operators see it.
     *
     * @param topic the dead-letter topic
     * @param offset its position there
     * @param key the aggregate it is about
     * @param reason why its handler failed
     * @param value the record as it was received
     */
    public record DeadLetter(String topic, long offset, String key, String reason, String value) {

        static DeadLetter of(ConsumerRecord<String, String> record) {
            Header reason = record.headers().lastHeader("kafka_dlt-exception-message");
            return new DeadLetter(record.topic(), record.offset(), record.key(),
                    reason == null ? null : new String(reason.value(), StandardCharsets.UTF_8), record.value());
        }
    }

}
