package org.communitysafety.partnership;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;

import org.communitysafety.testkit.ApiClient;

/** Sends requests from several threads released at the same moment, to make them race. */
public final class Concurrently {

    private Concurrently() {
    }

    public static List<ApiClient.Response> send(int requests, IntFunction<ApiClient.Response> request) {
        ExecutorService threads = Executors.newFixedThreadPool(requests);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<ApiClient.Response>> sent = new ArrayList<>();
            for (int i = 0; i < requests; i++) {
                int index = i;
                sent.add(threads.submit(() -> {
                    start.await();
                    return request.apply(index);
                }));
            }
            start.countDown();
            List<ApiClient.Response> responses = new ArrayList<>();
            for (Future<ApiClient.Response> response : sent) {
                responses.add(response.get());
            }
            return responses;
        }
        catch (Exception ex) {
            throw new IllegalStateException("A racing request failed", ex);
        }
        finally {
            threads.shutdownNow();
        }
    }

}
