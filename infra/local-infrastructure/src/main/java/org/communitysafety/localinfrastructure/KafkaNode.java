package org.communitysafety.localinfrastructure;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;

import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import org.apache.kafka.common.utils.Exit;
import org.apache.kafka.common.utils.Time;
import org.apache.kafka.metadata.storage.Formatter;
import org.apache.kafka.server.common.MetadataVersion;

/**
 * A real single-node Apache Kafka cluster (KRaft, broker and controller in one node) from
 * the official jars. It keeps its ports and log directory across {@link #stop()} and
 * {@link #start()}, so a test can take the whole broker away and bring it back exactly as
 * a real outage would.
 */
public final class KafkaNode implements AutoCloseable {

    private static final String CLUSTER_ID = "c0mmun1tySafetyP1atfrm";

    private final int brokerPort;

    private final int controllerPort;

    private final Path logDirectory;

    private KafkaRaftServer server;

    public KafkaNode(int brokerPort, int controllerPort, Path logDirectory) {
        this.brokerPort = brokerPort;
        this.controllerPort = controllerPort;
        this.logDirectory = logDirectory;
    }

    public static KafkaNode onFreePorts() {
        try {
            return new KafkaNode(FreePorts.next(), FreePorts.next(), Files.createTempDirectory("kafka-node"));
        }
        catch (IOException ex) {
            throw new IllegalStateException("Cannot create a log directory for Kafka", ex);
        }
    }

    public synchronized KafkaNode start() {
        if (server != null) {
            return this;
        }
        keepKafkaFromEndingTheJvm();
        KafkaConfig config = KafkaConfig.fromProps(properties(), false);
        formatOnce(config);
        server = new KafkaRaftServer(config, Time.SYSTEM);
        server.startup();
        return this;
    }

    public synchronized void stop() {
        if (server == null) {
            return;
        }
        server.shutdown();
        server.awaitShutdown();
        server = null;
    }

    public synchronized boolean isRunning() {
        return server != null;
    }

    public String bootstrapServers() {
        return "127.0.0.1:" + brokerPort;
    }

    @Override
    public void close() {
        stop();
    }

    private Properties properties() {
        Properties props = new Properties();
        props.put("process.roles", "broker,controller");
        props.put("node.id", "1");
        props.put("controller.quorum.voters", "1@127.0.0.1:" + controllerPort);
        props.put("listeners", "PLAINTEXT://127.0.0.1:" + brokerPort + ",CONTROLLER://127.0.0.1:" + controllerPort);
        props.put("advertised.listeners", "PLAINTEXT://127.0.0.1:" + brokerPort);
        props.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
        props.put("controller.listener.names", "CONTROLLER");
        props.put("inter.broker.listener.name", "PLAINTEXT");
        props.put("log.dirs", logDirectory.toString());
        props.put("num.partitions", "3");
        props.put("offsets.topic.replication.factor", "1");
        props.put("offsets.topic.num.partitions", "3");
        props.put("transaction.state.log.replication.factor", "1");
        props.put("transaction.state.log.min.isr", "1");
        props.put("share.coordinator.state.topic.replication.factor", "1");
        props.put("share.coordinator.state.topic.min.isr", "1");
        props.put("min.insync.replicas", "1");
        props.put("default.replication.factor", "1");
        props.put("auto.create.topics.enable", "true");
        props.put("group.initial.rebalance.delay.ms", "0");
        props.put("log.flush.interval.messages", "1");
        return props;
    }

    private void formatOnce(KafkaConfig config) {
        if (Files.exists(logDirectory.resolve("meta.properties"))) {
            return;
        }
        try {
            new Formatter().setPrintStream(new PrintStream(OutputStream.nullOutputStream()))
                .setNodeId(config.nodeId())
                .setClusterId(CLUSTER_ID)
                .setDirectories(List.of(logDirectory.toString()))
                .setMetadataLogDirectory(logDirectory.toString())
                .setControllerListenerName("CONTROLLER")
                .setReleaseVersion(MetadataVersion.LATEST_PRODUCTION)
                .setIgnoreFormatted(true)
                .run();
        }
        catch (Exception ex) {
            throw new IllegalStateException("Cannot format Kafka storage in " + logDirectory, ex);
        }
    }

    /**
     * Kafka calls System.exit on fatal errors; in a test JVM or the launcher that would
     * end everything.
     */
    private static void keepKafkaFromEndingTheJvm() {
        Exit.setExitProcedure((status, message) -> {
            throw new IllegalStateException("Kafka asked to exit (" + status + "): " + message);
        });
        Exit.setHaltProcedure((status, message) -> {
            throw new IllegalStateException("Kafka asked to halt (" + status + "): " + message);
        });
    }

    /**
     * Runs a node as its own process:
     * {@code KafkaNode <brokerPort> <controllerPort> <logDirectory>}.
     */
    public static void main(String[] args) throws InterruptedException {
        KafkaNode node = new KafkaNode(Integer.parseInt(args[0]), Integer.parseInt(args[1]), Path.of(args[2]));
        Runtime.getRuntime().addShutdownHook(new Thread(node::stop, "kafka-node-shutdown"));
        node.start();
        System.out.println("Kafka ready on " + node.bootstrapServers());
        Thread.currentThread().join();
    }

}
