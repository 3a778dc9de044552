package org.communitysafety.testkit;

import org.communitysafety.localinfrastructure.MongoWireServer;
import org.communitysafety.localinfrastructure.KafkaNode;
import org.communitysafety.localinfrastructure.FreePorts;
import java.util.Locale;
import java.util.Optional;

import org.junit.jupiter.api.Assumptions;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.mongodb.MongoDBContainer;

/**
 * The infrastructure a test JVM runs on, chosen by one switch,
 * {@code PLATFORM_INFRASTRUCTURE} (environment variable or system property
 * {@code platform.infrastructure}):
 * <ul>
 * <li>{@code embedded} (default): a real Kafka KRaft node and the MongoDB wire server in
 * this JVM;</li>
 * <li>{@code testcontainers}: the real {@code mongo} and {@code apache/kafka} images,
 * where Docker runs;</li>
 * <li>{@code external}: the addresses in {@code KAFKA_BOOTSTRAP_SERVERS} and
 * {@code MONGODB_URI}.</li>
 * </ul>
 * Mail always goes to an SMTP server in this JVM, so that tests can read what was sent.
 * Everything is started once per JVM, on free ports, and stopped when the JVM ends.
 */
public final class PlatformInfrastructure {

    public enum Mode {

        EMBEDDED, TESTCONTAINERS, EXTERNAL

    }

    private static PlatformInfrastructure shared;

    private final String kafkaBootstrapServers;

    private final String mongoBaseUri;

    private final KafkaNode kafkaNode;

    private final GreenMail mail;

    private PlatformInfrastructure(String kafkaBootstrapServers, String mongoBaseUri, KafkaNode kafkaNode,
            GreenMail mail) {
        this.kafkaBootstrapServers = kafkaBootstrapServers;
        this.mongoBaseUri = mongoBaseUri;
        this.kafkaNode = kafkaNode;
        this.mail = mail;
    }

    public static synchronized PlatformInfrastructure shared() {
        if (shared == null) {
            shared = start(configuredMode());
            Runtime.getRuntime().addShutdownHook(new Thread(shared::stop, "platform-infrastructure-shutdown"));
        }
        return shared;
    }

    public static Mode configuredMode() {
        String value = Optional.ofNullable(System.getProperty("platform.infrastructure"))
            .orElseGet(() -> Optional.ofNullable(System.getenv("PLATFORM_INFRASTRUCTURE")).orElse("embedded"));
        return Mode.valueOf(value.trim().toUpperCase(Locale.ROOT));
    }

    private static PlatformInfrastructure start(Mode mode) {
        GreenMail mail = new GreenMail(new ServerSetup(FreePorts.next(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        mail.start();
        return switch (mode) {
            case EMBEDDED -> {
                KafkaNode kafka = KafkaNode.onFreePorts().start();
                MongoWireServer mongo = MongoWireServer.inMemory().start();
                Runtime.getRuntime().addShutdownHook(new Thread(mongo::close, "mongo-shutdown"));
                yield new PlatformInfrastructure(kafka.bootstrapServers(), "mongodb://127.0.0.1:" + mongo.port(), kafka,
                        mail);
            }
            case TESTCONTAINERS -> {
                if (!DockerClientFactory.instance().isDockerAvailable()) {
                    throw new IllegalStateException("PLATFORM_INFRASTRUCTURE=testcontainers needs a Docker engine");
                }
                KafkaContainer kafka = new KafkaContainer("apache/kafka:4.1.2");
                MongoDBContainer mongo = new MongoDBContainer("mongo:8.0");
                kafka.start();
                mongo.start();
                String mongoUri = mongo.getConnectionString();
                yield new PlatformInfrastructure(kafka.getBootstrapServers(), mongoUri, null, mail);
            }
            case EXTERNAL -> new PlatformInfrastructure(requiredEnv("KAFKA_BOOTSTRAP_SERVERS"),
                    stripDatabase(requiredEnv("MONGODB_URI")), null, mail);
        };
    }

    public String kafkaBootstrapServers() {
        return kafkaBootstrapServers;
    }

    /**
     * A connection string for one database; each service under test gets its own, as in
     * production.
     */
    public String mongoUri(String database) {
        return mongoBaseUri + "/" + database;
    }

    public String smtpHost() {
        return "127.0.0.1";
    }

    public int smtpPort() {
        return mail.getSmtp().getPort();
    }

    public GreenMail mail() {
        return mail;
    }

    /**
     * The broker itself, for outage tests. Only the embedded broker can be taken away and
     * brought back on the same address; in the other modes a test that needs it is
     * skipped, not failed.
     */
    public KafkaNode kafkaToInterrupt() {
        Assumptions.assumeTrue(kafkaNode != null, "only the embedded broker can be stopped and restarted by a test");
        return kafkaNode;
    }

    private void stop() {
        mail.stop();
        if (kafkaNode != null) {
            kafkaNode.stop();
        }
    }

    private static String requiredEnv(String name) {
        String value = System.getenv(name);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("PLATFORM_INFRASTRUCTURE=external needs " + name);
        }
        return value;
    }

    private static String stripDatabase(String uri) {
        int slash = uri.indexOf('/', "mongodb://".length());
        return slash < 0 ? uri : uri.substring(0, slash);
    }

}
