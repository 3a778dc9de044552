package org.communitysafety.servicedefaults.observability;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.StringSerializer;
import org.communitysafety.servicedefaults.consumer.DeadLetters;
import org.communitysafety.testkit.PlatformInfrastructure;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The dead letters waiting, counted on a real broker: what reached the service's
 * dead-letter topics less what DeadLetters has replayed; another service's dead letters
 * do not count.
 */
class DeadLetterBacklogTests {

    private final String bootstrap = PlatformInfrastructure.shared().kafkaBootstrapServers();

    private final String consumer = "backlog" + UUID.randomUUID().toString().substring(0, 8);

    private final String origin = consumer + "-origin.events";

    private final KafkaTemplate<String, String> kafka = new KafkaTemplate<>(new DefaultKafkaProducerFactory<>(
            Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap, ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG,
                    StringSerializer.class, ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class)));

    private final DeadLetterBacklog backlog = new DeadLetterBacklog(
            Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap), consumer);

    @AfterEach
    void close() {
        backlog.close();
        kafka.destroy();
    }

    private void deadLetter(String topic, String value) throws Exception {
        kafka.send(topic, "key", value).get(10, TimeUnit.SECONDS);
    }

    @Test
    void countsTheDeadLettersNotYetReplayed() throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
            admin.createTopics(List.of(new NewTopic(origin, 2, (short) 1),
                    new NewTopic(origin + "." + consumer + ".dlt", 2, (short) 1),
                    new NewTopic(origin + ".someone-else.dlt", 1, (short) 1)))
                .all()
                .get(10, TimeUnit.SECONDS);
        }
        assertThat(backlog.waiting()).isZero();

        deadLetter(origin + "." + consumer + ".dlt", "first");
        deadLetter(origin + "." + consumer + ".dlt", "second");
        deadLetter(origin + ".someone-else.dlt", "not ours");
        assertThat(backlog.waiting()).isEqualTo(2.0);

        assertThat(new DeadLetters(bootstrap, consumer, kafka).replay()).isEqualTo(2);
        assertThat(backlog.waiting()).isZero();

        deadLetter(origin + "." + consumer + ".dlt", "third");
        assertThat(backlog.waiting()).isEqualTo(1.0);
    }

    @Test
    void isUnknownRatherThanZeroWhenTheBrokerDoesNotAnswer() {
        try (DeadLetterBacklog unreachable = new DeadLetterBacklog(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                "127.0.0.1:1", AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 1000,
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 500), consumer)) {
            assertThat(unreachable.waiting()).isNaN();
        }
    }

}
