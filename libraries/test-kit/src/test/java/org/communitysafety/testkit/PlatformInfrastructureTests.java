package org.communitysafety.testkit;

import org.communitysafety.localinfrastructure.KafkaNode;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.bson.Document;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PlatformInfrastructureTests {

    private final PlatformInfrastructure infrastructure = PlatformInfrastructure.shared();

    @Test
    void brokerTakesAndHandsBackRecordsAcrossAWholeNodeRestart() throws Exception {
        String topic = "infrastructure-check";
        send(topic, "before");
        KafkaNode kafka = infrastructure.kafkaToInterrupt();
        kafka.stop();
        assertThat(kafka.isRunning()).isFalse();
        kafka.start();
        send(topic, "after");

        assertThat(consumeAll(topic, 2)).containsExactly("before", "after");
    }

    @Test
    void mongoWireServerStoresAndFindsDocumentsThroughTheRealDriver() {
        try (MongoClient client = MongoClients.create(infrastructure.mongoUri("check"))) {
            var collection = client.getDatabase("check").getCollection("things");
            collection.insertOne(new Document("_id", "a").append("name", "first"));
            assertThat(collection.find(new Document("_id", "a")).first()).containsEntry("name", "first");
            assertThat(client.getDatabase("check").runCommand(new Document("ping", 1)).get("ok")).isEqualTo(1.0);
        }
    }

    @Test
    void smtpServerReceivesMailAPersonCanRead() throws Exception {
        Properties props = new Properties();
        props.put("mail.smtp.host", infrastructure.smtpHost());
        props.put("mail.smtp.port", String.valueOf(infrastructure.smtpPort()));
        MimeMessage message = new MimeMessage(Session.getInstance(props));
        message.setFrom(new InternetAddress("platform@example.org"));
        message.setRecipient(Message.RecipientType.TO, new InternetAddress("reader@example.org"));
        message.setSubject("Checking the SMTP server");
        message.setText("Hello");
        Transport.send(message);

        assertThat(infrastructure.mail().waitForIncomingEmail(5_000, 1)).isTrue();
        assertThat(infrastructure.mail().getReceivedMessagesForDomain("reader@example.org"))
            .extracting(MimeMessage::getSubject)
            .contains("Checking the SMTP server");
    }

    private void send(String topic, String value) throws Exception {
        Map<String, Object> config = Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                infrastructure.kafkaBootstrapServers(), ProducerConfig.ACKS_CONFIG, "all");
        try (var producer = new KafkaProducer<>(config, new StringSerializer(), new StringSerializer())) {
            producer.send(new ProducerRecord<>(topic, "key", value)).get();
        }
    }

    private List<String> consumeAll(String topic, int expected) {
        Map<String, Object> config = Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                infrastructure.kafkaBootstrapServers(), ConsumerConfig.GROUP_ID_CONFIG, "check",
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        try (var consumer = new KafkaConsumer<>(config, new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(topic));
            var values = new java.util.ArrayList<String>();
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (values.size() < expected && System.nanoTime() < deadline) {
                ConsumerRecords<String, String> records = consumer.poll(Duration.ofMillis(200));
                records.forEach(record -> values.add(record.value()));
            }
            return values;
        }
    }

}
