package org.communitysafety.notification.delivery;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * This replica's dispatcher at work: it sends what is due, then waits to be woken by an
 * alert queued here or for the dispatch interval to pass (which finds what waking does
 * not: a retry due after its back-off, a delivery another replica queued or left), and
 * again. It owns the senders each round's batch is shared between.
 */
@Component
class DispatchLoop implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(DispatchLoop.class);

    private final DeliveryDispatcher dispatcher;

    private final DispatchSignal signal;

    private final DeliveryPolicy policy;

    private final AtomicBoolean running = new AtomicBoolean();

    private volatile ExecutorService senders;

    private volatile Thread loop;

    DispatchLoop(DeliveryDispatcher dispatcher, DispatchSignal signal, DeliveryPolicy policy) {
        this.dispatcher = dispatcher;
        this.signal = signal;
        this.policy = policy;
    }

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
                dispatcher.dispatchDue(senders);
                signal.awaitQueued(policy.dispatchInterval());
            }
            catch (InterruptedException stopping) {
                Thread.currentThread().interrupt();
                return;
            }
            catch (RuntimeException ex) {
                // The store or the mail relay is away: the next look tries again.
                log.warn("Dispatching deliveries failed: {}", ex.getMessage());
                if (!pause()) {
                    return;
                }
            }
        }
    }

    private boolean pause() {
        try {
            Thread.sleep(policy.dispatchInterval().toMillis());
            return true;
        }
        catch (InterruptedException stopping) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    @Override
    public void stop() {
        if (!running.compareAndSet(true, false)) {
            return;
        }
        loop.interrupt();
        try {
            loop.join(policy.lease().toMillis());
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
        }
        senders.shutdownNow();
    }

    @Override
    public boolean isRunning() {
        return running.get();
    }

}
