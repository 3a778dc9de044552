package org.communitysafety.notification.delivery;

import java.time.Duration;

import org.springframework.stereotype.Component;

/**
 * Wakes this replica's dispatcher when an alert is queued, so that it is sent at once
 * rather than at the next look for due deliveries. A wake-up while the dispatcher is busy
 * is kept, not lost: it looks again as soon as it is done.
 */
@Component
class DispatchSignal {

    private final Object lock = new Object();

    private boolean queued;

    /** Something was queued. */
    void queued() {
        synchronized (lock) {
            queued = true;
            lock.notifyAll();
        }
    }

    /**
     * Waits until something is queued, or the timeout passes, whichever is first.
     * @throws InterruptedException if the dispatcher is being stopped
     */
    void awaitQueued(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (lock) {
            for (long left = timeout.toNanos(); !queued && left > 0; left = deadline - System.nanoTime()) {
                lock.wait(Math.max(1, left / 1_000_000));
            }
            queued = false;
        }
    }

}
