package org.communitysafety.infra;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.communitysafety.localinfrastructure.KafkaNode;
import org.communitysafety.localinfrastructure.MongoWireServer;

/**
 * Kafka, MongoDB and SMTP as three processes of their own, their data in one directory so
 * that a second start finds what the first left: the Kafka log directory and the H2 file
 * behind the Mongo wire server. Received mail is kept in memory only, readable through
 * GreenMail's web API.
 */
public final class LocalInfrastructure implements AutoCloseable {

    private static final Duration STARTUP_TIMEOUT = Duration.ofSeconds(90);

    private static final Duration STOP_GRACE = Duration.ofSeconds(20);

    private final InfrastructurePorts ports;

    private final List<PlatformProcess> processes;

    public LocalInfrastructure(Workspace workspace, InfrastructurePorts ports, Path dataDirectory) {
        this.ports = ports;
        Path logs = dataDirectory.resolve("logs");
        this.processes = List.of(new PlatformProcess(kafka(dataDirectory.resolve("kafka")), logs.resolve("kafka.log")),
                new PlatformProcess(mongo(dataDirectory.resolve("mongo/platform.mv.db")), logs.resolve("mongo.log")),
                new PlatformProcess(smtp(workspace.greenmailJar()), logs.resolve("smtp.log")));
    }

    /**
     * Starts all three side by side, as none needs another, and returns once each is
     * healthy.
     */
    public LocalInfrastructure start() {
        // Locked with stop, so that a stop arriving mid-start (Ctrl-C) cannot miss a
        // process just started.
        synchronized (this) {
            processes.forEach(PlatformProcess::start);
        }
        processes.forEach(PlatformProcess::awaitHealthy);
        return this;
    }

    public synchronized void stop() {
        PlatformProcess.stopAll(processes, STOP_GRACE);
    }

    @Override
    public void close() {
        stop();
    }

    public List<PlatformProcess> processes() {
        return processes;
    }

    public InfrastructureAddresses addresses() {
        return new InfrastructureAddresses("127.0.0.1:" + ports.kafka(), "mongodb://127.0.0.1:" + ports.mongo(),
                "127.0.0.1", ports.smtp());
    }

    /** GreenMail's web API, where a person reads what the platform sent. */
    public String mailWebUrl() {
        return "http://127.0.0.1:" + ports.mailWeb();
    }

    private ProcessSpec kafka(Path logDirectory) {
        return new ProcessSpec("kafka",
                JavaCommand.KAFKA.runClass(KafkaNode.class.getName(), String.valueOf(ports.kafka()),
                        String.valueOf(ports.kafkaController()), logDirectory.toString()),
                JavaCommand.launcherClasspath(), HealthCheck.portOpen(ports.kafka()), STARTUP_TIMEOUT);
    }

    private ProcessSpec mongo(Path h2File) {
        return new ProcessSpec("mongo",
                JavaCommand.SMALL.runClass(MongoWireServer.class.getName(), String.valueOf(ports.mongo()),
                        h2File.toString()),
                JavaCommand.launcherClasspath(), HealthCheck.portOpen(ports.mongo()), STARTUP_TIMEOUT);
    }

    /**
     * Authentication off, so that any sender is accepted and each recipient gets a
     * mailbox on first mail.
     */
    private ProcessSpec smtp(Path greenmailJar) {
        if (!Files.exists(greenmailJar)) {
            throw new PlatformStartupException("smtp: no GreenMail standalone jar at " + greenmailJar
                    + "; build the infra module first: ./mvnw -q -B -pl infra package -DskipTests");
        }
        JavaCommand command = JavaCommand.SMALL.with("-Dgreenmail.smtp.hostname=127.0.0.1",
                "-Dgreenmail.smtp.port=" + ports.smtp(), "-Dgreenmail.api.hostname=127.0.0.1",
                "-Dgreenmail.api.port=" + ports.mailWeb(), "-Dgreenmail.auth.disabled",
                "-Dgreenmail.startup.timeout=30000");
        return new ProcessSpec("smtp", command.runJar(greenmailJar), Map.of(), HealthCheck
            .allOf(HealthCheck.portOpen(ports.smtp()), HealthCheck.httpOk(mailWebUrl() + "/api/service/readiness")),
                STARTUP_TIMEOUT);
    }

}
