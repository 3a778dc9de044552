package org.communitysafety.notification.delivery;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.communitysafety.notification.delivery.StandaloneDeliveries.alertTo;

/**
 * The dispatcher keeps its SMTP connections open between rounds: alerts arriving one at a
 * time are not each given a connection of their own, as counted by the SMTP server; and a
 * server that restarts (dropping every kept connection) still receives every alert once.
 */
class KeptSmtpConnectionsTests {

    /** Replicas look for due deliveries once an hour: each round here was woken. */
    private static final DeliveryPolicy HOURLY_LOOKS = new DeliveryPolicy(Duration.ofHours(24), Duration.ofSeconds(30),
            Duration.ofMinutes(30), Duration.ofMinutes(2), 20, Duration.ofHours(1), 4);

    private final StandaloneDeliveries deliveryLog = new StandaloneDeliveries(HOURLY_LOOKS);

    private final List<DispatchLoop> running = new ArrayList<>();

    @AfterEach
    void tearDown() {
        running.forEach(DispatchLoop::stop);
        deliveryLog.close();
    }

    @Test
    void alertsQueuedOneAtATimeInSuccessiveRoundsShareConnectionsKeptOpenBetweenThem() {
        deliveryLog.startSmtp();
        DispatchLoop loop = deliveryLog.loopOf(deliveryLog.replica());
        loop.start();
        running.add(loop);

        for (int i = 0; i < 30; i++) {
            Delivery queued = deliveryLog.deliveries.queue(alertTo("trickle" + i + "@police.example"));
            await().atMost(Duration.ofSeconds(20))
                .until(() -> deliveryLog.deliveries.get(queued.id()).state() == DeliveryState.SENT);
        }

        for (int i = 0; i < 30; i++) {
            assertThat(deliveryLog.mailbox().to("trickle" + i + "@police.example")).hasSize(1);
        }
        assertThat(deliveryLog.connections.get()).as("connections the server accepted for 30 alerts in 30 rounds")
            .isPositive()
            .isLessThanOrEqualTo(HOURLY_LOOKS.senders());
    }

    @Test
    void sendsEveryAlertOnceWhenTheSmtpServerRestartsAndWhenItIsDownBetweenRounds() {
        deliveryLog.startSmtp();
        DeliveryDispatcher replica = deliveryLog.replica();
        List<String> recipients = new ArrayList<>();
        queue(recipients, "before", 10);
        replica.dispatchDue();
        int openedBefore = deliveryLog.connections.get();

        // Restarted between rounds: the kept connection is dead, found so and replaced.
        deliveryLog.stopSmtp();
        deliveryLog.startSmtp();
        queue(recipients, "restarted", 10);
        replica.dispatchDue();
        assertThat(deliveryLog.mongo.findAll(Delivery.class))
            .allSatisfy(delivery -> assertThat(delivery.state()).isEqualTo(DeliveryState.SENT))
            .allSatisfy(delivery -> assertThat(delivery.attempts()).as("sent at the first attempt").isEqualTo(1));
        assertThat(deliveryLog.connections.get()).as("a new connection after the restart").isGreaterThan(openedBefore);

        // Down for a round: those alerts wait for their retry, then go out once.
        deliveryLog.stopSmtp();
        queue(recipients, "down", 10);
        replica.dispatchDue();
        assertThat(deliveryLog.mongo.findAll(Delivery.class))
            .filteredOn(delivery -> delivery.state() != DeliveryState.SENT)
            .hasSize(10);
        deliveryLog.startSmtp();
        deliveryLog.clock.advance(HOURLY_LOOKS.firstRetryAfter());
        replica.dispatchDue();

        assertThat(deliveryLog.mongo.findAll(Delivery.class)).hasSize(30)
            .allSatisfy(delivery -> assertThat(delivery.state()).isEqualTo(DeliveryState.SENT));
        List<String> received = new ArrayList<>(
                deliveryLog.receivedBeforeStops.stream().map(KeptSmtpConnectionsTests::to).toList());
        Arrays.stream(deliveryLog.mailbox().all()).map(KeptSmtpConnectionsTests::to).forEach(received::add);
        assertThat(received).as("every alert received once, before and after the restarts")
            .containsExactlyInAnyOrderElementsOf(recipients);
        assertThat(deliveryLog.connections.get()).as("connections for 30 alerts in 4 rounds").isLessThan(30);
    }

    private static String to(MimeMessage message) {
        try {
            return message.getAllRecipients()[0].toString();
        }
        catch (MessagingException ex) {
            throw new IllegalStateException(ex);
        }
    }

    private void queue(List<String> recipients, String prefix, int count) {
        for (int i = 0; i < count; i++) {
            String recipient = prefix + i + "@police.example";
            recipients.add(recipient);
            deliveryLog.deliveries.queue(alertTo(recipient));
        }
    }

}
