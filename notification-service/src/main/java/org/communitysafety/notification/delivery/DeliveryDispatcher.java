package org.communitysafety.notification.delivery;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;

import io.micrometer.tracing.Span;
import io.micrometer.tracing.Tracer;
import org.communitysafety.servicedefaults.aggregate.Changed;
import org.communitysafety.servicedefaults.outbox.AggregateStore;
import org.communitysafety.servicedefaults.problem.ConcurrentChange;
import org.communitysafety.servicedefaults.tracing.Traces;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Component;

/**
 * Sends the deliveries that are due (run by {@link DispatchLoop}: at once when this
 * replica queues one, and every dispatch interval). Each round takes a batch, alerts
 * before routine mailings, and shares it between several senders, each sending its share
 * over one SMTP connection, kept open for the next round.
 * <p>
 * Several replicas run this at once: each claims a delivery before sending it by a
 * conditional update on the version it read (the aggregate store's update), so of
 * replicas racing for one delivery exactly one wins and the others move on. A claim is a
 * lease: a replica that dies mid-attempt leaves the delivery {@code SENDING}, and once
 * the lease expires it is due again and another replica takes it over. A delivery whose
 * recipient has been erased meanwhile is forgotten instead of sent.
 * <p>
 * Each attempt is a span in the trace that queued the delivery (stored with its alert),
 * however much later and on whichever replica it runs; the {@link Mailer}'s SMTP send is
 * its child.
 */
@Component
public class DeliveryDispatcher {

    private static final Logger log = LoggerFactory.getLogger(DeliveryDispatcher.class);

    private static final int MAX_ERROR_LENGTH = 500;

    /**
     * Rounds one call may run back to back while full batches keep coming, before it lets
     * the loop look again (and a stop be noticed).
     */
    private static final int MAX_ROUNDS = 50;

    private final DeliveryRepository repository;

    private final AggregateStore store;

    private final Mailer mailer;

    private final DeliveryPolicy policy;

    private final RecipientErasures erasures;

    private final Clock clock;

    private final Traces traces;

    DeliveryDispatcher(DeliveryRepository repository, AggregateStore store, Mailer mailer, DeliveryPolicy policy,
            RecipientErasures erasures, Clock clock, Traces traces) {
        this.repository = repository;
        this.store = store;
        this.mailer = mailer;
        this.policy = policy;
        this.erasures = erasures;
        this.clock = clock;
        this.traces = traces;
    }

    /** Sends what is due now on the calling thread, share after share. */
    public void dispatchDue() {
        dispatchDue(Runnable::run);
    }

    /**
     * Sends what is due now, round after round while full batches keep coming, each
     * round's shares at once on the senders (the dispatch loop's).
     */
    void dispatchDue(Executor senders) {
        try {
            for (int round = 0; round < MAX_ROUNDS; round++) {
                List<Delivery> due = due();
                if (due.isEmpty() || !sendAll(due, senders) || due.size() < policy.batchSize()) {
                    return;
                }
            }
        }
        finally {
            mailer.closeIdleConnections();
        }
    }

    /** Alerts first, then routine mailings, each the longest waiting first. */
    private List<Delivery> due() {
        List<Delivery> due = new ArrayList<>(
                repository.findByStateInAndNextAttemptAtLessThanEqualAndRoutineNotOrderByNextAttemptAtAsc(
                        DeliveryState.UNFINISHED, clock.instant(), true, Limit.of(policy.batchSize())));
        if (due.size() < policy.batchSize()) {
            due.addAll(repository.findByStateInAndNextAttemptAtLessThanEqualAndRoutineOrderByNextAttemptAtAsc(
                    DeliveryState.UNFINISHED, clock.instant(), true, Limit.of(policy.batchSize() - due.size())));
        }
        return due;
    }

    /**
     * Shares the batch between the senders, in turn, so that each sender's share starts
     * with alerts, and waits for them all.
     * @return whether any delivery was claimed or forgotten
     */
    private boolean sendAll(List<Delivery> due, Executor senders) {
        int shares = Math.min(policy.senders(), due.size());
        List<List<Delivery>> shared = new ArrayList<>();
        for (int i = 0; i < shares; i++) {
            shared.add(new ArrayList<>());
        }
        for (int i = 0; i < due.size(); i++) {
            shared.get(i % shares).add(due.get(i));
        }
        List<CompletableFuture<Integer>> sending = shared.stream()
            .map(share -> CompletableFuture.supplyAsync(() -> send(share), senders))
            .toList();
        int progress = 0;
        for (CompletableFuture<Integer> share : sending) {
            try {
                progress += share.join();
            }
            catch (CompletionException | CancellationException ex) {
                log.error("A sender failed; its claimed deliveries are due again when their leases expire", ex);
            }
        }
        return progress > 0;
    }

    /**
     * Claims each delivery of the share, sends those claimed over one connection, and
     * records how each went. @return how many were claimed or forgotten
     */
    private int send(List<Delivery> share) {
        List<Delivery> claimed = new ArrayList<>();
        Map<String, Span> attempts = new HashMap<>();
        int forgotten = 0;
        for (Delivery delivery : share) {
            Span attempt = traces.continueTrace(delivery.alert().traceparent(), "email delivery")
                .tag("delivery.id", delivery.id())
                .tag("alert.kind", delivery.alert().kind());
            try (Tracer.SpanInScope scope = traces.inScope(attempt)) {
                Optional<String> erasure = erasures.erasureOf(delivery.alert().membershipId());
                if (erasure.isPresent()) {
                    forget(delivery, erasure.get());
                    forgotten++;
                }
                else {
                    claim(delivery).ifPresent(stored -> {
                        claimed.add(stored);
                        attempts.put(stored.id(), attempt);
                    });
                }
            }
            finally {
                if (!attempts.containsKey(delivery.id())) {
                    attempt.end();
                }
            }
        }
        if (!claimed.isEmpty()) {
            try {
                Map<String, Mailer.Outcome> outcomes = mailer.sendAll(claimed, attempts);
                for (Delivery delivery : claimed) {
                    try (Tracer.SpanInScope scope = traces.inScope(attempts.get(delivery.id()))) {
                        record(delivery, outcomes.get(delivery.id()));
                    }
                }
            }
            finally {
                attempts.values().forEach(Span::end);
            }
        }
        return claimed.size() + forgotten;
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

    private void record(Delivery delivery, Mailer.Outcome outcome) {
        Changed<Delivery, AlertEvent> recorded;
        if (outcome != null && outcome.error() == null) {
            log.info("Sent delivery {} ({} alert) as {}", delivery.id(), delivery.alert().kind(), outcome.messageId());
            recorded = delivery.sent(clock.instant(), outcome.messageId());
        }
        else {
            // Servers' errors often quote the address; neither the log nor the delivery's
            // events may keep it.
            String error = describe(outcome == null ? null : outcome.error(), delivery.alert());
            log.warn("Attempt {} of delivery {} failed: {}", delivery.attempts(), delivery.id(), error);
            recorded = delivery.attemptFailed(clock.instant(), error, policy);
        }
        try {
            store.update(recorded.aggregate(), List.of(recorded.event()));
        }
        catch (ConcurrentChange leaseLost) {
            // The attempt outlived its lease and another replica took the delivery over,
            // or its recipient was erased meanwhile; what that change recorded stands.
            log.warn("Delivery {} was taken over or cancelled before attempt {} reported", delivery.id(),
                    delivery.attempts());
        }
    }

    private static String describe(Throwable ex, Alert alert) {
        if (ex == null) {
            return "The mailer reported no outcome";
        }
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
