package org.communitysafety.notification.delivery;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.communitysafety.servicedefaults.outbox.AggregateStore;

/**
 * Deliveries in states the running service's dispatcher would leave too quickly for a
 * test to act on them.
 */
public final class PendingDeliveries {

    private PendingDeliveries() {
    }

    /**
     * Stores a delivery whose first attempt failed, waiting out its back-off: not yet
     * sent, and left alone by the dispatcher for the first retry interval. It goes
     * through the aggregate's own steps, with their events.
     */
    public static Delivery retrying(AggregateStore store, DeliveryPolicy policy, Alert alert, Instant now) {
        var queueing = Delivery.queue(alert, now);
        var started = queueing.aggregate().startAttempt(now, policy);
        var failed = started.aggregate().attemptFailed(now, "421 4.3.2 Service not available, closing channel", policy);
        return store.insert(failed.aggregate(), List.of(queueing.event(), started.event(), failed.event()));
    }

    /**
     * Stores a delivery that failed its only attempt and will not be retried by itself,
     * as one left over from a mail outage longer than the retry horizon.
     */
    public static Delivery failed(AggregateStore store, DeliveryPolicy policy, Alert alert, Instant now) {
        DeliveryPolicy noRetries = new DeliveryPolicy(Duration.ZERO, policy.firstRetryAfter(), policy.maxRetryAfter(),
                policy.lease(), policy.batchSize(), policy.dispatchInterval(), policy.senders());
        var queueing = Delivery.queue(alert, now);
        var started = queueing.aggregate().startAttempt(now, noRetries);
        var failed = started.aggregate().attemptFailed(now, "421 4.3.2 Service not available", noRetries);
        return store.insert(failed.aggregate(), List.of(queueing.event(), started.event(), failed.event()));
    }

}
