package org.communitysafety.benchmarks;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * Every response of one simulation, by what was asked of whom (e.g. "read direct"): when
 * it ended, how long it took and whether it was the answer expected. Gatling draws the
 * report; these give the figures the run compares, from the same responses.
 */
final class Samples {

    private static final Map<String, ConcurrentLinkedQueue<Sample>> BY_LABEL = new ConcurrentHashMap<>();

    private Samples() {
    }

    static void record(String label, long endedAtMillis, long latencyMillis, boolean ok) {
        BY_LABEL.computeIfAbsent(label, any -> new ConcurrentLinkedQueue<>())
            .add(new Sample(endedAtMillis, latencyMillis, ok));
    }

    static Summary of(String label) {
        return Summary.of(List.copyOf(BY_LABEL.getOrDefault(label, new ConcurrentLinkedQueue<>())));
    }

    record Sample(long endedAtMillis, long latencyMillis, boolean ok) {
    }

    /**
     * What a set of responses says: how many, how many failed, the latency percentiles of
     * the good ones, and the most good responses per second seen over a window.
     */
    record Summary(int count, int failed, long[] sortedLatencies, List<Sample> samples) {

        static Summary of(List<Sample> samples) {
            long[] latencies = samples.stream().filter(Sample::ok).mapToLong(Sample::latencyMillis).toArray();
            Arrays.sort(latencies);
            int failed = (int) samples.stream().filter(sample -> !sample.ok()).count();
            return new Summary(samples.size(), failed, latencies, samples);
        }

        /** Nearest-rank percentile of the good responses' latencies, in milliseconds. */
        double percentile(double p) {
            return percentileOf(sortedLatencies, p);
        }

        /**
         * The highest rate of good responses over any window of the given length, in
         * responses per second: what the target sustained, not a one-second spike.
         */
        double maxThroughput(int windowSeconds) {
            List<Sample> good = new ArrayList<>(samples.stream().filter(Sample::ok).toList());
            if (good.isEmpty()) {
                return 0;
            }
            long first = good.stream().mapToLong(Sample::endedAtMillis).min().orElseThrow() / 1000;
            long last = good.stream().mapToLong(Sample::endedAtMillis).max().orElseThrow() / 1000;
            int[] perSecond = new int[(int) (last - first + 1)];
            good.forEach(sample -> perSecond[(int) (sample.endedAtMillis() / 1000 - first)]++);
            int window = Math.min(windowSeconds, perSecond.length);
            double best = 0;
            for (int start = 0; start + window <= perSecond.length; start++) {
                int sum = 0;
                for (int i = start; i < start + window; i++) {
                    sum += perSecond[i];
                }
                best = Math.max(best, (double) sum / window);
            }
            return best;
        }

        static double percentileOf(long[] sorted, double p) {
            if (sorted.length == 0) {
                return Double.NaN;
            }
            int rank = (int) Math.ceil(p / 100.0 * sorted.length);
            return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
        }

        /** Puts count, failures and percentiles under the given prefix. */
        void into(Figures figures, String prefix) {
            figures.put(prefix + ".count", count).put(prefix + ".failed", failed);
            figures.put(prefix + ".p50", percentile(50))
                .put(prefix + ".p95", percentile(95))
                .put(prefix + ".p99", percentile(99));
        }

    }

}
