package org.communitysafety.servicedefaults.consumer;

import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.communitysafety.testkit.WithPlatformInfrastructure;
import org.communitysafety.servicedefaults.caller.Caller;
import org.communitysafety.servicedefaults.events.CloudEvent;
import org.communitysafety.servicedefaults.events.CloudEvents;
import org.communitysafety.servicedefaults.events.MalformedEvent;
import org.communitysafety.servicedefaults.sample.LedgerEntryAdded;
import org.communitysafety.servicedefaults.sample.SampleApplication;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@SpringBootTest(classes = SampleApplication.class)
@WithPlatformInfrastructure
class InboundEventsTests {

    @Autowired
    InboundEvents inbound;

    @Autowired
    CloudEvents cloudEvents;

    @Test
    void handlesAnEventDeliveredTwiceOnlyOnce() {
        String value = anEvent();
        AtomicInteger handled = new AtomicInteger();

        assertThat(inbound.handleOnce("counter", value, event -> handled.incrementAndGet())).isTrue();
        assertThat(inbound.handleOnce("counter", value, event -> handled.incrementAndGet())).isFalse();

        assertThat(handled).hasValue(1);
    }

    @Test
    void letsEachHandlerSeeTheEventOnce() {
        String value = anEvent();
        AtomicInteger handled = new AtomicInteger();

        inbound.handleOnce("replica", value, event -> handled.incrementAndGet());
        inbound.handleOnce("alerts", value, event -> handled.incrementAndGet());

        assertThat(handled).hasValue(2);
    }

    @Test
    void handlesAgainAnEventWhoseHandlerFailed() {
        String value = anEvent();
        AtomicInteger attempts = new AtomicInteger();

        assertThatThrownBy(() -> inbound.handleOnce("flaky", value, event -> {
            attempts.incrementAndGet();
            throw new IllegalStateException("SMTP down");
        })).isInstanceOf(IllegalStateException.class);
        inbound.handleOnce("flaky", value, event -> attempts.incrementAndGet());

        assertThat(attempts).hasValue(2);
    }

    @Test
    void refusesWhatIsNotACloudEvent() {
        assertThatThrownBy(() -> inbound.handleOnce("any", "not json", event -> {
        })).isInstanceOf(MalformedEvent.class);
        assertThatThrownBy(() -> inbound.handleOnce("any", "{\"id\":\"1\"}", event -> {
        })).isInstanceOf(MalformedEvent.class).hasMessageContaining("specversion");
    }

    @Test
    void readsTheDataBackAsTheConsumersOwnRecord() {
        CloudEvent event = cloudEvents.read(anEvent());

        assertThat(inbound.data(event, LedgerEntryAdded.class).note()).isEqualTo("hello");
        assertThat(event.organisation()).isEqualTo("northamptonshire-police");
        assertThat(event.actor()).isEqualTo("police-client");
    }

    private String anEvent() {
        String id = UUID.randomUUID().toString();
        return cloudEvents.write(cloudEvents.wrap(new LedgerEntryAdded(id, 1, "hello"), "ledgers/" + id, id,
                new Caller("northamptonshire-police", "police-client"), null));
    }

}
