package org.communitysafety.benchmarks;

import java.util.List;

import org.communitysafety.benchmarks.Samples.Sample;
import org.communitysafety.benchmarks.Samples.Summary;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The arithmetic behind the published figures, on made-up samples: nothing here is timed.
 */
class SamplesTests {

    @Test
    void percentilesAreNearestRankOverTheGoodAnswersOnly() {
        List<Sample> samples = new java.util.ArrayList<>();
        for (int latency = 1; latency <= 100; latency++) {
            samples.add(new Sample(1_000, latency, true));
        }
        samples.add(new Sample(1_000, 10_000, false));

        Summary summary = Summary.of(samples);

        assertThat(summary.count()).isEqualTo(101);
        assertThat(summary.failed()).isEqualTo(1);
        assertThat(summary.percentile(50)).isEqualTo(50);
        assertThat(summary.percentile(99)).isEqualTo(99);
        assertThat(summary.percentile(100)).isEqualTo(100);
    }

    @Test
    void saturationThroughputIsTheBestWindowNotTheBestSecond() {
        List<Sample> samples = new java.util.ArrayList<>();
        int[] perSecond = { 10, 50, 40, 45, 5 };
        for (int second = 0; second < perSecond.length; second++) {
            for (int i = 0; i < perSecond[second]; i++) {
                samples.add(new Sample(second * 1_000L + i, 1, true));
            }
        }
        samples.add(new Sample(1_500, 1, false));

        assertThat(Summary.of(samples).maxThroughput(1)).isEqualTo(50);
        assertThat(Summary.of(samples).maxThroughput(3)).isEqualTo(45);
    }

    @Test
    void noAnswersGiveNoFigures() {
        Summary none = Summary.of(List.of());

        assertThat(none.percentile(50)).isNaN();
        assertThat(none.maxThroughput(3)).isZero();
    }

}
