package org.communitysafety.notification.delivery;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.communitysafety.servicedefaults.aggregate.Changed;
import org.communitysafety.servicedefaults.outbox.AggregateStore;
import org.communitysafety.servicedefaults.problem.ConcurrentChange;
import org.communitysafety.servicedefaults.web.TraceContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Component;

/**
 * Sends the deliveries that are due: at once when this replica queues one (it is woken),
 * and otherwise every dispatch interval, which finds what waking did not (a retry due
 * after its back-off, a delivery another replica queued or left). Each round takes a
 * batch, alerts before routine mailings, and shares it between several senders, each
 * sending its share over one SMTP connection.
 * <p>
 * Several replicas run this at once: each claims a delivery before sending it by a
 * conditional update on the version it read (the aggregate store's update), so of
 * replicas racing for one delivery exactly one wins and the others move on. A claim is a
 * lease: a replica that dies mid-attempt leaves the delivery {@code SENDING}, and once
 * the lease expires it is due again and another replica takes it over. A delivery whose
 * recipient has been erased meanwhile is forgotten instead of sent.
 */
@Component
public class DeliveryDispatcher implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(DeliveryDispatcher.class);

    private static final int MAX_ERROR_LENGTH = 500;

    /**
     * Rounds one wake-up may run back to back while full batches keep coming, before it
     * lets the loop look again (and a stop be noticed).
     */
    private static final int MAX_ROUNDS = 50;

    private final DeliveryRepository repository;

    private final AggregateStore store;

    private final Mailer mailer;

    private final DeliveryPolicy policy;

    private final RecipientErasures erasures;

    private final Clock clock;

    private final DispatchSignal signal;

    private final AtomicBoolean running = new AtomicBoolean();

    private volatile ExecutorService senders;

    private volatile Thread loop;

    DeliveryDispatcher(DeliveryRepository repository, AggregateStore store, Mailer mailer, DeliveryPolicy policy,
            RecipientErasures erasures, Clock clock, DispatchSignal signal) {
        this.repository = repository;
        this.store = store;
        this.mailer = mailer;
        this.policy = policy;
        this.erasures = erasures;
        this.clock = clock;
        this.signal = signal;
    }

    /**
     * Sends what is due now, round after round while full batches keep coming. Called by
     * this replica's dispatch loop; a replica not started sends on the calling thread.
     */
    public void dispatchDue() {
        for (int round = 0; round < MAX_ROUNDS; round++) {
            List<Delivery> due = due();
            if (due.isEmpty() || !sendAll(due) || due.size() < policy.batchSize()) {
                return;
            }
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
     * with alerts. @return whether any delivery was claimed or forgotten
     */
    private boolean sendAll(List<Delivery> due) {
        int shares = Math.min(policy.senders(), due.size());
        List<List<Delivery>> shared = new ArrayList<>();
        for (int i = 0; i < shares; i++) {
            shared.add(new ArrayList<>());
        }
        for (int i = 0; i < due.size(); i++) {
            shared.get(i % shares).add(due.get(i));
        }
        AtomicInteger progress = new AtomicInteger();
        ExecutorService pool = senders;
        if (pool == null || shares == 1) {
            shared.forEach(share -> progress.addAndGet(send(share)));
            return progress.get() > 0;
        }
        List<Future<?>> sending = shared.stream()
            .<Future<?>>map(share -> pool.submit(() -> progress.addAndGet(send(share))))
            .toList();
        for (Future<?> share : sending) {
            try {
                share.get();
            }
            catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
                return false;
            }
            catch (ExecutionException ex) {
                log.error("A sender failed unexpectedly; its deliveries are due again when their leases expire",
                        ex.getCause());
            }
        }
        return progress.get() > 0;
    }

    /**
     * Claims each delivery of the share, sends those claimed over one connection, and
     * records how each went. @return how many were claimed or forgotten
     */
    private int send(List<Delivery> share) {
        List<Delivery> claimed = new ArrayList<>();
        int forgotten = 0;
        for (Delivery delivery : share) {
            TraceContext.enter(delivery.alert().traceparent());
            try {
                Optional<String> erasure = erasures.erasureOf(delivery.alert().membershipId());
                if (erasure.isPresent()) {
                    forget(delivery, erasure.get());
                    forgotten++;
                }
                else {
                    claim(delivery).ifPresent(claimed::add);
                }
            }
            finally {
                TraceContext.leave();
            }
        }
        if (!claimed.isEmpty()) {
            Map<String, Mailer.Outcome> outcomes = mailer.sendAll(claimed);
            for (Delivery delivery : claimed) {
                TraceContext.enter(delivery.alert().traceparent());
                try {
                    record(delivery, outcomes.get(delivery.id()));
                }
                finally {
                    TraceContext.leave();
                }
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

    /**
     * Starts this replica's dispatch loop and its senders: the loop sends what is due,
     * then waits to be woken by a queued alert or for the dispatch interval to pass.
     */
    @Override
    public void start() {
        if (!running.compareAndSet(false, true)) {
            return;
        }
        AtomicInteger number = new AtomicInteger();
        senders = Executors.newFixedThreadPool(policy.senders(), task -> {
            Thread thread = new Thread(task, "mail-sender-" + number.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        loop = new Thread(this::dispatchUntilStopped, "mail-dispatcher");
        loop.setDaemon(true);
        loop.start();
    }

    private void dispatchUntilStopped() {
        while (running.get()) {
            try {
                dispatchDue();
                signal.awaitQueued(policy.dispatchInterval());
            }
            catch (InterruptedException stopping) {
                Thread.currentThread().interrupt();
                return;
            }
            catch (RuntimeException ex) {
                // The store or the mail relay is away: the next round tries again.
                log.warn("Dispatching deliveries failed: {}", ex.getMessage());
                try {
                    Thread.sleep(policy.dispatchInterval().toMillis());
                }
                catch (InterruptedException stopping) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    @Override
    public void stop() {
        if (!running.compareAndSet(true, false)) {
            return;
        }
        Thread dispatching = loop;
        if (dispatching != null) {
            dispatching.interrupt();
            try {
                dispatching.join(policy.lease().toMillis());
            }
            catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
            }
        }
        senders.shutdownNow();
        senders = null;
    }

    @Override
    public boolean isRunning() {
        return running.get();
    }

}
