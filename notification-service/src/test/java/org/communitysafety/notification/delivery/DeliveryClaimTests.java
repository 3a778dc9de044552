package org.communitysafety.notification.delivery;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.communitysafety.notification.delivery.StandaloneDeliveries.alertTo;

/**
 * One email per event and recipient, however many replicas dispatch and whichever of them
 * dies mid-attempt.
 */
class DeliveryClaimTests {

    private final StandaloneDeliveries deliveryLog = new StandaloneDeliveries();

    @AfterEach
    void tearDown() {
        deliveryLog.close();
    }

    @Test
    void queuesOneDeliveryForOneEventAndMemberHoweverOftenAsked() {
        Alert alert = alertTo("alex@police.example");

        Delivery first = deliveryLog.deliveries.queue(alert);
        Delivery second = deliveryLog.deliveries
            .queue(new Alert(alert.kind(), alert.causeEventId(), alert.causeSubject(), alert.membershipId(),
                    "ALEX@police.example", alert.subject(), alert.body(), null));

        assertThat(second.id()).isEqualTo(first.id());
        assertThat(deliveryLog.mongo.findAll(Delivery.class)).hasSize(1);
        assertThat(deliveryLog.historyOf(first.id())).containsExactly("alert-queued.v1");
    }

    @Test
    void sendsEachDeliveryOnceWhileSeveralReplicasDispatchAtTheSameTime() throws Exception {
        List<String> recipients = IntStream.range(0, 12).mapToObj(i -> "member" + i + "@police.example").toList();
        recipients.forEach(recipient -> deliveryLog.deliveries.queue(alertTo(recipient)));
        deliveryLog.startSmtp();
        List<DeliveryDispatcher> replicas = IntStream.range(0, 3).mapToObj(i -> deliveryLog.replica()).toList();
        ExecutorService threads = Executors.newFixedThreadPool(replicas.size());
        CountDownLatch go = new CountDownLatch(1);

        List<Future<Object>> rounds = replicas.stream().map(replica -> threads.submit(() -> {
            go.await();
            replica.dispatchDue();
            return null;
        })).toList();
        go.countDown();
        for (Future<Object> round : rounds) {
            round.get(30, TimeUnit.SECONDS);
        }
        threads.shutdown();

        assertThat(recipients)
            .allSatisfy(recipient -> assertThat(deliveryLog.mailbox().to(recipient)).as(recipient).hasSize(1));
        assertThat(deliveryLog.mongo.findAll(Delivery.class)).allSatisfy(delivery -> {
            assertThat(delivery.state()).isEqualTo(DeliveryState.SENT);
            assertThat(deliveryLog.historyOf(delivery.id())).containsOnlyOnce("alert-attempt-started.v1");
        });
    }

    @Test
    void takesOverADeliveryWhoseReplicaStoppedMidAttemptOnceItsLeaseExpires() {
        Delivery delivery = deliveryLog.deliveries.queue(alertTo("jo@police.example"));
        // A replica claims the delivery and dies before it sends or reports anything.
        claimAndStop(delivery);
        deliveryLog.startSmtp();

        deliveryLog.clock.advance(Duration.ofSeconds(119));
        deliveryLog.replica().dispatchDue();
        assertThat(deliveryLog.mailbox().to("jo@police.example")).as("held while the lease lasts").isEmpty();
        deliveryLog.clock.advance(Duration.ofSeconds(1));
        deliveryLog.replica().dispatchDue();

        Delivery sent = deliveryLog.deliveries.get(delivery.id());
        assertThat(sent.state()).isEqualTo(DeliveryState.SENT);
        assertThat(sent.attempts()).isEqualTo(2);
        assertThat(sent.lastError()).as("no stale error on a sent delivery").isNull();
        assertThat(deliveryLog.mailbox().to("jo@police.example")).singleElement()
            .satisfies(message -> assertThat(message.getHeader("Message-ID"))
                .containsExactly("<" + delivery.id() + "@communitysafety.example>"));
    }

    @Test
    void failsADeliveryWhoseLastAttemptsReplicaStoppedRatherThanTryingAgain() {
        Delivery delivery = deliveryLog.deliveries.queue(alertTo("kim@police.example"));
        // Two leases outlast the policy's horizon: the second attempt that stopped was
        // the last.
        for (int attempt = 1; attempt <= 2; attempt++) {
            claimAndStop(delivery);
            deliveryLog.clock.advance(StandaloneDeliveries.POLICY.lease());
        }
        deliveryLog.startSmtp();

        deliveryLog.replica().dispatchDue();

        Delivery failed = deliveryLog.deliveries.get(delivery.id());
        assertThat(failed.state()).isEqualTo(DeliveryState.FAILED);
        assertThat(failed.attempts()).isEqualTo(2);
        assertThat(failed.lastError()).contains("lease expired");
        assertThat(deliveryLog.mailbox().to("kim@police.example")).isEmpty();
        assertThat(deliveryLog.historyOf(delivery.id())).endsWith("alert-attempt-started.v1", "alert-failed.v1");
    }

    /**
     * Claims the delivery as a replica would, and then does nothing more, as a replica
     * that died would.
     */
    private void claimAndStop(Delivery delivery) {
        Delivery claimed = deliveryLog.deliveries.get(delivery.id());
        var started = claimed.startAttempt(deliveryLog.clock.instant(), StandaloneDeliveries.POLICY);
        deliveryLog.store.update(started.aggregate(), List.of(started.event()));
    }

}
