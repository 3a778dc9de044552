package org.communitysafety.infra.endtoend;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Address;
import jakarta.mail.Message;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.communitysafety.infra.HealthCheck;
import org.communitysafety.infra.InfrastructureAddresses;
import org.communitysafety.infra.JavaCommand;
import org.communitysafety.infra.PlatformProcess;
import org.communitysafety.infra.PlatformService;
import org.communitysafety.infra.ProcessSpec;
import org.communitysafety.infra.ServiceProcesses;
import org.communitysafety.infra.Workspace;
import org.communitysafety.localinfrastructure.FreePorts;
import org.communitysafety.localinfrastructure.KafkaNode;
import org.communitysafety.localinfrastructure.MongoWireServer;
import org.communitysafety.testkit.ApiClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The store killed with SIGKILL in the middle of the alert path, as an operator's outage
 * would: appointments keep arriving through the gateway while notification-service
 * records the alerts they cause, and the file-backed wire server is killed once some are
 * recorded, whether or not the consumer has committed the offsets of the events behind
 * them yet. The mail server is down throughout, so no alert can leave before the crash.
 * Once the store is started again on the same file and mail returns, every member whose
 * appointment was acknowledged gets exactly one alert. The platform here is the test's
 * own (its Kafka, its store process, its mail server, its services), so the crash
 * disturbs no other test.
 */
class StoreCrashEndToEndTests {

    private static final Path LOGS = Path.of("target", "end-to-end-logs", "store-crash");

    private static KafkaNode kafka;

    private static PlatformProcess store;

    private static int smtpPort;

    private static GreenMail mail;

    private static ServiceProcesses services;

    private static Registry registry;

    @BeforeAll
    static void startAPlatformOfItsOwnWithTheStoreAsAProcessAndMailDown() throws IOException {
        Files.createDirectories(LOGS);
        kafka = KafkaNode.onFreePorts().start();
        int storePort = FreePorts.next();
        Path storeFile = Files.createTempDirectory("store-crash").resolve("platform.mv.db");
        store = new PlatformProcess(new ProcessSpec("mongo",
                JavaCommand.SMALL.runClass(MongoWireServer.class.getName(), String.valueOf(storePort),
                        storeFile.toString()),
                JavaCommand.launcherClasspath(), HealthCheck.portOpen(storePort), Duration.ofSeconds(60)),
                LOGS.resolve("mongo.log"));
        store.start().awaitHealthy();
        smtpPort = FreePorts.next();
        // Up while the services start, as their health includes it; down before the first
        // appointment.
        mail = new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        mail.start();
        InfrastructureAddresses addresses = new InfrastructureAddresses(kafka.bootstrapServers(),
                "mongodb://127.0.0.1:" + storePort, "127.0.0.1", smtpPort);
        services = ServiceProcesses.onFreePorts(Workspace.locate(), addresses, LOGS)
            // Retries every second or two, so that the alerts leave soon after mail
            // returns.
            .withEnvironment(PlatformService.NOTIFICATION, "MAIL_FIRST_RETRY_AFTER", "1s")
            .withEnvironment(PlatformService.NOTIFICATION, "MAIL_MAX_RETRY_AFTER", "2s");
        services.start(PlatformService.AUTH_SERVER, PlatformService.PARTNERSHIP, PlatformService.NOTIFICATION,
                PlatformService.GATEWAY);
        registry = new Registry(StoreCrashEndToEndTests::clientAs);
        mail.stop();
    }

    @AfterAll
    static void stopEverything() {
        if (services != null) {
            services.close();
        }
        if (store != null) {
            store.kill();
        }
        if (mail != null) {
            mail.stop();
        }
        if (kafka != null) {
            kafka.close();
        }
    }

    @Test
    void everyAcknowledgedAppointmentIsAlertedExactlyOnceAfterTheStoreIsKilledMidStream() throws Exception {
        String police = registry.organisation();
        String csp = registry.partnershipOf(police);
        ApiClient manager = clientAs(Registry.GROUP_MANAGER);
        ApiClient administrator = clientAs(Registry.ADMINISTRATOR);
        List<String> acknowledged = new CopyOnWriteArrayList<>();
        List<String> refused = new CopyOnWriteArrayList<>();
        AtomicBoolean appointing = new AtomicBoolean(true);

        Thread appointments = new Thread(() -> {
            while (appointing.get()) {
                String email = Registry.email();
                ApiClient.Response appointed = manager.post("/api/v1/partnerships/" + csp + "/members",
                        Registry.member(police, email));
                (appointed.status() == 201 ? acknowledged : refused).add(email);
            }
        });
        appointments.start();
        try {
            await().atMost(Duration.ofSeconds(90))
                .pollInterval(Duration.ofMillis(100))
                .until(() -> recordedAlerts(administrator) >= 3);
            store.kill();
            int acknowledgedAtTheCrash = acknowledged.size();
            await().atMost(Duration.ofSeconds(30)).until(() -> refused.size() >= 3);
            store.start().awaitHealthy();
            await().atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(200))
                .until(() -> acknowledged.size() >= acknowledgedAtTheCrash + 3);
        }
        finally {
            appointing.set(false);
            appointments.join(30_000);
        }
        mail = new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        mail.start();

        System.out.printf("store crash: %d appointments acknowledged, %d refused while the store was down%n",
                acknowledged.size(), refused.size());
        await().atMost(Duration.ofSeconds(120))
            .pollInterval(Duration.ofMillis(500))
            .untilAsserted(() -> assertThat(recipients()).containsAll(acknowledged));
        // Long enough for a second copy of any alert to follow its first.
        Thread.sleep(5_000);
        List<String> received = recipients();
        assertThat(acknowledged)
            .allSatisfy(email -> assertThat(received).as("alerts to " + email).filteredOn(email::equals).hasSize(1));
        assertThat(refused).allSatisfy(email -> assertThat(received).as("alerts to " + email)
            .filteredOn(email::equals)
            .hasSizeLessThanOrEqualTo(1));
    }

    /** Alerts notification-service has recorded, whatever their state. */
    private static long recordedAlerts(ApiClient administrator) {
        ApiClient.Response deliveries = administrator.get("/api/v1/deliveries?size=1");
        if (deliveries.status() != 200) {
            return 0;
        }
        JsonNode total = deliveries.json().get("totalItems");
        return total == null ? 0 : total.asLong();
    }

    private static List<String> recipients() throws Exception {
        List<String> recipients = new ArrayList<>();
        for (MimeMessage message : mail.getReceivedMessages()) {
            for (Address recipient : message.getRecipients(Message.RecipientType.TO)) {
                recipients.add(((InternetAddress) recipient).getAddress());
            }
        }
        return recipients;
    }

    private static ApiClient clientAs(String client) {
        return ApiClient.at(services.baseUrl(PlatformService.GATEWAY))
            .withToken(RunningPlatform.tokenFrom(services.baseUrl(PlatformService.AUTH_SERVER), client));
    }

}
