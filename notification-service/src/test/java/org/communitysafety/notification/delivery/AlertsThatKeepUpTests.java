package org.communitysafety.notification.delivery;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.communitysafety.notification.delivery.StandaloneDeliveries.alertTo;
import static org.communitysafety.notification.delivery.StandaloneDeliveries.updateTo;

/**
 * A queued alert is sent as soon as it is queued, not at the next look for due
 * deliveries; many are sent several at a time over connections each used for several
 * emails, each once; and a routine mailing to a large group does not hold up the alerts
 * queued behind it.
 */
class AlertsThatKeepUpTests {

    /**
     * Replicas look for due deliveries only once an hour: what is sent sooner was woken.
     */
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
    void sendsAnAlertAsSoonAsItIsQueuedRatherThanAtTheNextLook() {
        deliveryLog.startSmtp();
        started(deliveryLog.replica());

        Delivery queued = deliveryLog.deliveries.queue(alertTo("sam@police.example"));

        await().atMost(Duration.ofSeconds(20))
            .until(() -> deliveryLog.deliveries.get(queued.id()).state() == DeliveryState.SENT);
        assertThat(deliveryLog.mailbox().to("sam@police.example")).hasSize(1);
    }

    @Test
    void sendsManyAlertsEachOnceOverConnectionsEachUsedForSeveralWhileTwoReplicasDispatch() {
        deliveryLog.startSmtp();
        started(deliveryLog.replica());
        started(deliveryLog.replica());
        List<String> recipients = IntStream.range(0, 200).mapToObj(i -> "member" + i + "@police.example").toList();

        recipients.forEach(recipient -> deliveryLog.deliveries.queue(alertTo(recipient)));

        await().atMost(Duration.ofSeconds(60))
            .until(() -> deliveryLog.mongo.findAll(Delivery.class)
                .stream()
                .allMatch(delivery -> delivery.state() == DeliveryState.SENT));
        assertThat(recipients)
            .allSatisfy(recipient -> assertThat(deliveryLog.mailbox().to(recipient)).as(recipient).hasSize(1));
        assertThat(deliveryLog.mongo.findAll(Delivery.class)).hasSize(200)
            .allSatisfy(delivery -> assertThat(deliveryLog.historyOf(delivery.id())).containsExactly("alert-queued.v1",
                    "alert-attempt-started.v1", "alert-sent.v1"));
        assertThat(deliveryLog.connections.get()).as("connections opened for 200 emails").isLessThan(100);
    }

    @Test
    void sendsAnAlertQueuedBehindALargeUpdateInTheFirstBatchAheadOfTheUpdatesOtherEmails() {
        List<String> members = IntStream.range(0, 120).mapToObj(i -> "csg" + i + "@county.example").toList();
        members.forEach(member -> deliveryLog.deliveries.queueRoutine(updateTo(member)));
        deliveryLog.clock.advance(Duration.ofSeconds(1));
        deliveryLog.deliveries.queue(alertTo("urgent@police.example"));
        deliveryLog.startSmtp();

        deliveryLog.replica().dispatchDue();

        List<String> received = Arrays.stream(deliveryLog.mailbox().all()).map(AlertsThatKeepUpTests::to).toList();
        assertThat(received).hasSize(121).containsOnlyOnce("urgent@police.example").containsAll(members);
        assertThat(received.indexOf("urgent@police.example")).as("sent in the first batch of 20")
            .isLessThan(HOURLY_LOOKS.batchSize());
    }

    private void started(DeliveryDispatcher replica) {
        DispatchLoop loop = deliveryLog.loopOf(replica);
        loop.start();
        running.add(loop);
    }

    private static String to(MimeMessage message) {
        try {
            return message.getAllRecipients()[0].toString();
        }
        catch (MessagingException ex) {
            throw new IllegalStateException(ex);
        }
    }

}
