package org.communitysafety.notification.delivery;

import java.util.List;

import jakarta.mail.internet.MimeMessage;
import org.communitysafety.testkit.EventContracts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSenderImpl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.communitysafety.notification.delivery.StandaloneDeliveries.alertTo;

/**
 * An erased person is forgotten in the delivery log, and never emailed after, whichever
 * way the erasure comes.
 */
class DeliveryErasureTests {

    private final StandaloneDeliveries deliveryLog = new StandaloneDeliveries();

    @AfterEach
    void tearDown() {
        deliveryLog.close();
    }

    @Test
    void cancelsWhatIsStillToBeSentAndKeepsOnlyWhatAccountsForEachDelivery() {
        Alert first = alertTo("alex@police.example");
        Delivery sent = deliveryLog.deliveries.queue(first);
        deliveryLog.startSmtp();
        deliveryLog.replica().dispatchDue();
        Delivery waiting = deliveryLog.deliveries.queue(new Alert("APPOINTMENT", "another-event", first.causeSubject(),
                first.membershipId(), first.recipient(), "Subject", "Text", null));

        int forgotten = deliveryLog.deliveries.forgetRecipient("erasure-1", List.of(first.membershipId()), List.of());
        int again = deliveryLog.deliveries.forgetRecipient("erasure-1", List.of(first.membershipId()), List.of());
        deliveryLog.replica().dispatchDue();

        assertThat(forgotten).isEqualTo(2);
        assertThat(again).as("forgetting twice changes nothing twice").isZero();
        Delivery cancelled = deliveryLog.deliveries.get(waiting.id());
        assertThat(cancelled.state()).isEqualTo(DeliveryState.CANCELLED);
        assertThat(cancelled.nextAttemptAt()).isNull();
        assertThat(deliveryLog.deliveries.get(sent.id()).state()).isEqualTo(DeliveryState.SENT);
        assertThat(List.of(cancelled, deliveryLog.deliveries.get(sent.id()))).allSatisfy(delivery -> {
            assertThat(delivery.alert()).isEqualTo(new Alert("APPOINTMENT", delivery.alert().causeEventId(),
                    first.causeSubject(), first.membershipId(), null, null, null, null));
            assertThat(delivery.erasureId()).isEqualTo("erasure-1");
            assertThat(delivery.recipientErasedAt()).isEqualTo(deliveryLog.clock.instant());
        });
        assertThat(deliveryLog.mailbox().to("alex@police.example")).as("only the email sent before").hasSize(1);
        assertThat(deliveryLog.historyOf(waiting.id())).containsExactly("alert-queued.v1", "alert-cancelled.v1",
                "alert-recipient-erased.v1");
        assertThat(deliveryLog.historyOf(sent.id())).endsWith("alert-sent.v1", "alert-recipient-erased.v1");
        EventContracts ours = EventContracts.of(".");
        assertThat(deliveryLog.history.of(Delivery.COLLECTION, waiting.id())).allSatisfy(change -> assertThat(
                ours.violations(change.type().replace("org.communitysafety.notification.", ""), change.data()))
            .as(change.type())
            .isEmpty());
    }

    @Test
    void cancelsInsteadOfSendingADeliveryQueuedWhileItsRecipientWasBeingErased() {
        Delivery queued = deliveryLog.deliveries.queue(alertTo("jo@police.example"));
        deliveryLog.erasures.put(queued.alert().membershipId(), "erasure-2");
        deliveryLog.startSmtp();

        deliveryLog.replica().dispatchDue();

        Delivery cancelled = deliveryLog.deliveries.get(queued.id());
        assertThat(cancelled.state()).isEqualTo(DeliveryState.CANCELLED);
        assertThat(cancelled.alert().recipient()).isNull();
        assertThat(cancelled.erasureId()).isEqualTo("erasure-2");
        assertThat(deliveryLog.mailbox().to("jo@police.example")).isEmpty();
        assertThat(deliveryLog.historyOf(queued.id())).containsExactly("alert-queued.v1", "alert-cancelled.v1",
                "alert-recipient-erased.v1");
    }

    @Test
    void keepsTheAddressOutOfTheErrorsItRecordsWhenTheServerQuotesIt() {
        Delivery queued = deliveryLog.deliveries.queue(alertTo("Kim.Example@police.example"));
        JavaMailSenderImpl refusing = new JavaMailSenderImpl() {
            @Override
            protected void doSend(MimeMessage[] messages, Object[] originals) {
                throw new MailSendException("550 5.1.1 <Kim.Example@Police.example>: Recipient address rejected");
            }
        };

        deliveryLog.replica(refusing).dispatchDue();

        Delivery retrying = deliveryLog.deliveries.get(queued.id());
        assertThat(retrying.lastError()).isEqualTo("550 5.1.1 <<recipient>>: Recipient address rejected");
        assertThat(deliveryLog.history.of(Delivery.COLLECTION, queued.id()))
            .allSatisfy(change -> assertThat(change.data().toString()).doesNotContainIgnoringCase("kim.example"));
    }

}
