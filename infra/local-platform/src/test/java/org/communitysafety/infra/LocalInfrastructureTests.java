package org.communitysafety.infra;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

import com.mongodb.MongoClientSettings;
import com.mongodb.ConnectionString;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The launcher's Kafka, MongoDB and SMTP processes, for real, on free ports and in a data
 * directory of their own.
 */
class LocalInfrastructureTests {

    @TempDir
    static Path data;

    private static LocalInfrastructure infrastructure;

    @BeforeAll
    static void start() {
        infrastructure = new LocalInfrastructure(Workspace.locate(), InfrastructurePorts.free(), data).start();
    }

    @AfterAll
    static void stop() {
        infrastructure.stop();
    }

    @Test
    void runsEachPartAsAProcessOfItsOwnLoggingToTheDataDirectory() {
        assertThat(infrastructure.processes()).extracting(PlatformProcess::name)
            .containsExactly("kafka", "mongo", "smtp");
        assertThat(infrastructure.processes()).allMatch(PlatformProcess::isAlive)
            .extracting(PlatformProcess::logFile)
            .containsExactly(data.resolve("logs/kafka.log"), data.resolve("logs/mongo.log"),
                    data.resolve("logs/smtp.log"));
    }

    @Test
    void keepsDocumentsAndRecordsWrittenBeforeARestart() throws Exception {
        InfrastructureAddresses addresses = infrastructure.addresses();
        try (MongoClient mongo = mongo(addresses)) {
            mongo.getDatabase("partnership")
                .getCollection("organisations")
                .insertOne(new Document("_id", "E07000150").append("name", "Corby Borough Council"));
        }
        send(addresses, "partnership.events", "MemberAppointed");

        infrastructure.stop();
        assertThat(infrastructure.processes()).noneMatch(PlatformProcess::isAlive);
        infrastructure.start();

        try (MongoClient mongo = mongo(addresses)) {
            assertThat(mongo.getDatabase("partnership")
                .getCollection("organisations")
                .find(new Document("_id", "E07000150"))
                .first()).containsEntry("name", "Corby Borough Council");
        }
        assertThat(consume(addresses, "partnership.events")).contains("MemberAppointed");
    }

    @Test
    void letsAPersonReadMailSentOverSmtpThroughTheWebApi() throws Exception {
        InfrastructureAddresses addresses = infrastructure.addresses();
        Properties properties = new Properties();
        properties.put("mail.smtp.host", addresses.smtpHost());
        properties.put("mail.smtp.port", String.valueOf(addresses.smtpPort()));
        MimeMessage message = new MimeMessage(Session.getInstance(properties));
        message.setFrom(new InternetAddress("platform@community-safety.example"));
        message.setRecipient(Message.RecipientType.TO, new InternetAddress("chair@corby.example"));
        message.setSubject("Action overdue: reduce violent crime by 40%");
        message.setText("An action assigned to your organisation is overdue.");
        Transport.send(message);

        HttpClient http = HttpClient.newHttpClient();
        HttpRequest inbox = HttpRequest
            .newBuilder(URI.create(infrastructure.mailWebUrl() + "/api/user/chair@corby.example/messages/INBOX"))
            .build();
        await().atMost(Duration.ofSeconds(10))
            .untilAsserted(() -> assertThat(http.send(inbox, HttpResponse.BodyHandlers.ofString()).body())
                .contains("Action overdue: reduce violent crime by 40%"));
    }

    private static MongoClient mongo(InfrastructureAddresses addresses) {
        return MongoClients.create(MongoClientSettings.builder()
            .applyConnectionString(new ConnectionString(addresses.mongoUri("partnership")))
            .applyToClusterSettings(cluster -> cluster.serverSelectionTimeout(10, TimeUnit.SECONDS))
            .build());
    }

    private static void send(InfrastructureAddresses addresses, String topic, String value) throws Exception {
        Map<String, Object> config = Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, addresses.kafkaBootstrapServers(),
                ProducerConfig.ACKS_CONFIG, "all");
        try (var producer = new KafkaProducer<>(config, new StringSerializer(), new StringSerializer())) {
            producer.send(new ProducerRecord<>(topic, "E07000150", value)).get(30, TimeUnit.SECONDS);
        }
    }

    private static List<String> consume(InfrastructureAddresses addresses, String topic) {
        Map<String, Object> config = Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, addresses.kafkaBootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "restart-check", ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        List<String> values = new ArrayList<>();
        try (var consumer = new KafkaConsumer<>(config, new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(topic));
            await().atMost(Duration.ofSeconds(30)).until(() -> {
                consumer.poll(Duration.ofMillis(200)).forEach(record -> values.add(record.value()));
                return !values.isEmpty();
            });
        }
        return values;
    }

}
