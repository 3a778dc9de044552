package org.communitysafety.notification.delivery;

import java.time.Duration;
import java.time.Instant;

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
    void givesADeliveryUpAfterItsLastAttemptBackingOffExponentially() {
        Delivery delivery = deliveryLog.deliveries.queue(alertTo("sam@police.example"));
        Instant firstAttempt = deliveryLog.clock.instant();

        deliveryLog.replica().dispatchDue();
        Instant secondAttempt = deliveryLog.deliveries.get(delivery.id()).nextAttemptAt();
        deliveryLog.clock.advance(Duration.between(firstAttempt, secondAttempt));
        deliveryLog.replica().dispatchDue();
        Instant thirdAttempt = deliveryLog.deliveries.get(delivery.id()).nextAttemptAt();
        deliveryLog.clock.advance(Duration.between(secondAttempt, thirdAttempt));
        deliveryLog.replica().dispatchDue();

        assertThat(Duration.between(firstAttempt, secondAttempt)).isEqualTo(Duration.ofSeconds(30));
        assertThat(Duration.between(secondAttempt, thirdAttempt)).isEqualTo(Duration.ofSeconds(60));
        Delivery failed = deliveryLog.deliveries.get(delivery.id());
        assertThat(failed.state()).isEqualTo(DeliveryState.FAILED);
        assertThat(failed.attempts()).isEqualTo(3);
        assertThat(failed.nextAttemptAt()).isNull();
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
        assertThat(deliveryLog.mailbox().to("sam@police.example")).as("a failed delivery is not retried").isEmpty();
    }

}
