package org.communitysafety.notification.delivery;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.communitysafety.testkit.EventContracts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.communitysafety.notification.delivery.StandaloneDeliveries.alertTo;

/**
 * How the dispatcher rides out an SMTP server that is down: retries with back-off, then
 * gives up.
 */
class DeliveryRetryTests {

    private final StandaloneDeliveries deliveryLog = new StandaloneDeliveries();

    @AfterEach
    void tearDown() {
        deliveryLog.close();
    }

    @Test
    void leavesADeliveryRetryingWithTheErrorWhileSmtpIsDownAndSendsItOnceMailWorks() {
        Delivery delivery = deliveryLog.deliveries.queue(alertTo("alex@police.example"));

        deliveryLog.replica().dispatchDue();
        Delivery retrying = deliveryLog.deliveries.get(delivery.id());
        assertThat(retrying.state()).isEqualTo(DeliveryState.RETRYING);
        assertThat(retrying.attempts()).isEqualTo(1);
        assertThat(retrying.lastError()).contains("Connection refused");
        assertThat(retrying.nextAttemptAt()).isEqualTo(deliveryLog.clock.instant().plusSeconds(30));

        deliveryLog.startSmtp();
        deliveryLog.clock.advance(Duration.ofSeconds(29));
        deliveryLog.replica().dispatchDue();
        assertThat(deliveryLog.mailbox().to("alex@police.example")).as("not due before its back-off").isEmpty();
        deliveryLog.clock.advance(Duration.ofSeconds(1));
        deliveryLog.replica().dispatchDue();

        Delivery sent = deliveryLog.deliveries.get(delivery.id());
        assertThat(sent.state()).isEqualTo(DeliveryState.SENT);
        assertThat(sent.attempts()).isEqualTo(2);
        assertThat(deliveryLog.mailbox().to("alex@police.example")).hasSize(1);
        assertThat(deliveryLog.historyOf(delivery.id())).containsExactly("alert-queued.v1", "alert-attempt-started.v1",
                "alert-attempt-failed.v1", "alert-attempt-started.v1", "alert-sent.v1");
    }

    @Test
    void givesADeliveryUpOnceItsHorizonHasPassedBackingOffExponentially() {
        Delivery delivery = deliveryLog.deliveries.queue(alertTo("sam@police.example"));
        List<Instant> attempts = new ArrayList<>(List.of(deliveryLog.clock.instant()));

        deliveryLog.replica().dispatchDue();
        for (Delivery next = deliveryLog.deliveries.get(delivery.id()); next
            .nextAttemptAt() != null; next = deliveryLog.deliveries.get(delivery.id())) {
            deliveryLog.clock.advance(Duration.between(deliveryLog.clock.instant(), next.nextAttemptAt()));
            attempts.add(deliveryLog.clock.instant());
            deliveryLog.replica().dispatchDue();
        }

        assertThat(attempts).extracting(at -> Duration.between(attempts.get(0), at).toSeconds())
            .containsExactly(0L, 30L, 90L, 210L);
        Delivery failed = deliveryLog.deliveries.get(delivery.id());
        assertThat(failed.state()).isEqualTo(DeliveryState.FAILED);
        assertThat(failed.attempts()).isEqualTo(4);
        assertThat(failed.lastError()).contains("Connection refused");
        assertThat(deliveryLog.historyOf(delivery.id())).endsWith("alert-attempt-failed.v1", "alert-attempt-started.v1",
                "alert-failed.v1");
        EventContracts ours = EventContracts.of(".");
        assertThat(deliveryLog.history.of(Delivery.COLLECTION, delivery.id())).allSatisfy(change -> assertThat(
                ours.violations(change.type().replace("org.communitysafety.notification.", ""), change.data()))
            .as(change.type())
            .isEmpty());

        deliveryLog.startSmtp();
        deliveryLog.clock.advance(Duration.ofHours(1));
        deliveryLog.replica().dispatchDue();
        assertThat(deliveryLog.mailbox().to("sam@police.example")).as("a failed delivery is not retried by itself")
            .isEmpty();
    }

    @Test
    void sendsEveryAlertOnceAfterAnSmtpOutageOfHoursWithinTheDefaultDayOfRetries() {
        try (StandaloneDeliveries defaults = new StandaloneDeliveries(new DeliveryPolicy(Duration.ofHours(24),
                Duration.ofSeconds(30), Duration.ofMinutes(30), Duration.ofMinutes(2), 20, Duration.ofSeconds(1), 4))) {
            List<String> recipients = List.of("a@police.example", "b@police.example", "c@police.example");
            recipients.forEach(recipient -> defaults.deliveries.queue(alertTo(recipient)));

            // Three hours of outage, far past the old horizon of about 15 minutes, in
            // dispatcher rounds every minute.
            for (int minute = 0; minute < 180; minute++) {
                defaults.replica().dispatchDue();
                defaults.clock.advance(Duration.ofMinutes(1));
            }
            assertThat(defaults.mongo.findAll(Delivery.class)).allSatisfy(waiting -> {
                assertThat(waiting.state()).isEqualTo(DeliveryState.RETRYING);
                assertThat(waiting.lastError()).contains("Connection refused");
            });

            defaults.startSmtp();
            for (int minute = 0; minute <= 30; minute++) {
                defaults.replica().dispatchDue();
                defaults.clock.advance(Duration.ofMinutes(1));
            }

            recipients.forEach(recipient -> assertThat(defaults.mailbox().to(recipient)).as(recipient).hasSize(1));
            assertThat(defaults.mongo.findAll(Delivery.class)).allSatisfy(sent -> {
                assertThat(sent.state()).isEqualTo(DeliveryState.SENT);
                assertThat(sent.lastError()).as("no stale error on a sent delivery").isNull();
            });
        }
    }

    @Test
    void sendsFailedDeliveriesOnceEachWhenAnAdministratorRetriesThem() {
        Delivery delivery = deliveryLog.deliveries.queue(alertTo("lee@police.example"));
        for (int round = 0; round < 10; round++) {
            deliveryLog.replica().dispatchDue();
            deliveryLog.clock.advance(Duration.ofMinutes(1));
        }
        assertThat(deliveryLog.deliveries.get(delivery.id()).state()).isEqualTo(DeliveryState.FAILED);
        deliveryLog.startSmtp();

        assertThat(deliveryLog.deliveries.retryFailed()).isEqualTo(1);
        assertThat(deliveryLog.deliveries.retryFailed()).as("nothing failed any more").isZero();
        deliveryLog.replica().dispatchDue();
        deliveryLog.replica().dispatchDue();

        assertThat(deliveryLog.mailbox().to("lee@police.example")).hasSize(1);
        Delivery sent = deliveryLog.deliveries.get(delivery.id());
        assertThat(sent.state()).isEqualTo(DeliveryState.SENT);
        assertThat(sent.lastError()).isNull();
        assertThat(deliveryLog.historyOf(delivery.id())).containsSubsequence("alert-failed.v1", "alert-retried.v1",
                "alert-attempt-started.v1", "alert-sent.v1");
    }

}
