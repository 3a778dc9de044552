package org.communitysafety.notification.delivery;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.communitysafety.servicedefaults.aggregate.Changed;
import org.communitysafety.servicedefaults.outbox.AggregateStore;
import org.communitysafety.servicedefaults.problem.ConcurrentChange;
import org.communitysafety.servicedefaults.web.TraceContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Limit;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Sends the deliveries that are due. Several replicas run this at once: each claims a
 * delivery before sending it by a conditional update on the version it read (the
 * aggregate store's update), so of replicas racing for one delivery exactly one wins and
 * the others move on. A claim is a lease: a replica that dies mid-attempt leaves the
 * delivery {@code SENDING}, and once the lease expires it is due again and another
 * replica takes it over. A delivery whose recipient has been erased meanwhile is
 * forgotten instead of sent.
 */
@Component
public class DeliveryDispatcher {

    private static final Logger log = LoggerFactory.getLogger(DeliveryDispatcher.class);

    private static final int MAX_ERROR_LENGTH = 500;

    private final DeliveryRepository repository;

    private final AggregateStore store;

    private final Mailer mailer;

    private final DeliveryPolicy policy;

    private final RecipientErasures erasures;

    private final Clock clock;

    DeliveryDispatcher(DeliveryRepository repository, AggregateStore store, Mailer mailer, DeliveryPolicy policy,
            RecipientErasures erasures, Clock clock) {
        this.repository = repository;
        this.store = store;
        this.mailer = mailer;
        this.policy = policy;
        this.erasures = erasures;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${platform.mail.delivery.dispatch-interval:1s}")
    public void dispatchDue() {
        List<Delivery> due = repository.findByStateInAndNextAttemptAtLessThanEqualOrderByNextAttemptAtAsc(
                DeliveryState.UNFINISHED, clock.instant(), Limit.of(policy.batchSize()));
        for (Delivery delivery : due) {
            // The delivery's events and logs carry the trace of the change that caused
            // the email.
            TraceContext.enter(delivery.alert().traceparent());
            try {
                Optional<String> erasure = erasures.erasureOf(delivery.alert().membershipId());
                if (erasure.isPresent()) {
                    forget(delivery, erasure.get());
                }
                else {
                    claim(delivery).ifPresent(this::attempt);
                }
            }
            finally {
                TraceContext.leave();
            }
        }
    }

    /**
     * The erasure's own pass over the delivery log missed this one: it was queued while
     * that pass ran.
     */
    private void forget(Delivery delivery, String erasureId) {
        try {
            Delivery.Forgetting forgetting = delivery.forgetRecipient(erasureId, clock.instant());
            store.update(forgetting.delivery(), forgetting.events());
            log.info("Cancelled delivery {}: its recipient was erased", delivery.id());
        }
        catch (ConcurrentChange changedMeanwhile) {
            log.debug("Delivery {} changed before its erased recipient was forgotten; next round", delivery.id());
        }
    }

    private Optional<Delivery> claim(Delivery delivery) {
        try {
            var claimed = delivery.startAttempt(clock.instant(), policy);
            Delivery stored = store.update(claimed.aggregate(), List.of(claimed.event()));
            return stored.state() == DeliveryState.SENDING ? Optional.of(stored) : Optional.empty();
        }
        catch (ConcurrentChange takenByAnotherReplica) {
            log.debug("Delivery {} was claimed by another replica", delivery.id());
            return Optional.empty();
        }
    }

    private void attempt(Delivery delivery) {
        Changed<Delivery, AlertEvent> outcome;
        try {
            outcome = delivery.sent(clock.instant(), mailer.send(delivery));
        }
        catch (RuntimeException ex) {
            // Servers' errors often quote the address; neither the log nor the delivery's
            // events may keep it.
            String error = describe(ex, delivery.alert());
            log.warn("Attempt {} of delivery {} failed: {}", delivery.attempts(), delivery.id(), error);
            outcome = delivery.attemptFailed(clock.instant(), error, policy);
        }
        try {
            store.update(outcome.aggregate(), List.of(outcome.event()));
        }
        catch (ConcurrentChange leaseLost) {
            // The attempt outlived its lease and another replica took the delivery over,
            // or its recipient was
            // erased meanwhile; what that change recorded stands.
            log.warn("Delivery {} was taken over or cancelled before attempt {} reported", delivery.id(),
                    delivery.attempts());
        }
    }

    private static String describe(RuntimeException ex, Alert alert) {
        StringBuilder reason = new StringBuilder(String.valueOf(ex.getMessage()));
        for (Throwable cause = ex.getCause(); cause != null && cause != cause.getCause(); cause = cause.getCause()) {
            if (cause.getMessage() != null && !reason.toString().contains(cause.getMessage())) {
                reason.append(": ").append(cause.getMessage());
            }
        }
        String error = alert.withoutAddress(reason.toString());
        return error.length() <= MAX_ERROR_LENGTH ? error : error.substring(0, MAX_ERROR_LENGTH);
    }

}
