package org.communitysafety.priority;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.IntSupplier;

/**
 * Runs two sweeps at the same moment, as two instances of the service would against one
 * database.
 */
public final class Racing {

    private Racing() {
    }

    /** Starts both together and returns how many announcements each made. */
    public static List<Integer> both(IntSupplier first, IntSupplier second) {
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            var a = CompletableFuture.supplyAsync(() -> awaitThen(start, first), threads);
            var b = CompletableFuture.supplyAsync(() -> awaitThen(start, second), threads);
            start.countDown();
            return List.of(a.join(), b.join());
        }
        finally {
            threads.shutdown();
        }
    }

    private static int awaitThen(CountDownLatch start, IntSupplier sweep) {
        try {
            start.await();
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(ex);
        }
        return sweep.getAsInt();
    }

}
