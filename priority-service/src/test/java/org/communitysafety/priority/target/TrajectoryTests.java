package org.communitysafety.priority.target;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TrajectoryTests {

    /**
     * From 100 to 60 over 2015-04-01..2016-03-31 (365 days): the line is at 80 on
     * 2015-09-30.
     */
    private final Trajectory reduce = new Trajectory(Direction.REDUCE, 100, LocalDate.of(2015, 4, 1), 60,
            LocalDate.of(2016, 3, 31));

    private final LocalDate halfway = LocalDate.of(2015, 9, 30);

    @Test
    void theLineRunsStraightFromBaselineToTargetAndStaysThereOutsideIt() {
        assertThat(reduce.expectedOn(LocalDate.of(2015, 4, 1))).isEqualTo(100);
        assertThat(reduce.expectedOn(halfway)).isCloseTo(80.05, org.assertj.core.data.Offset.offset(0.01));
        assertThat(reduce.expectedOn(LocalDate.of(2016, 3, 31))).isEqualTo(60);
        assertThat(reduce.expectedOn(LocalDate.of(2014, 1, 1))).isEqualTo(100);
        assertThat(reduce.expectedOn(LocalDate.of(2017, 1, 1))).isEqualTo(60);
    }

    @Test
    void onOrAheadOfTheLineIsGreen() {
        assertThat(reduce.ragOf(80.05, halfway)).isEqualTo(Rag.GREEN);
        assertThat(reduce.ragOf(70, halfway)).isEqualTo(Rag.GREEN);
    }

    @Test
    void behindByAtMostATenthOfThePlannedChangeIsAmberAndMoreIsRed() {
        // The planned change is 40, so up to 4 behind the line (84.05) is amber.
        assertThat(reduce.ragOf(84, halfway)).isEqualTo(Rag.AMBER);
        assertThat(reduce.ragOf(84.1, halfway)).isEqualTo(Rag.RED);
        assertThat(reduce.ragOf(100, halfway)).isEqualTo(Rag.RED);
    }

    @Test
    void readsAnIncreaseTheOtherWayRound() {
        Trajectory increase = new Trajectory(Direction.INCREASE, 50, LocalDate.of(2015, 4, 1), 70,
                LocalDate.of(2016, 3, 31));
        assertThat(increase.ragOf(61, halfway)).isEqualTo(Rag.GREEN);
        assertThat(increase.ragOf(59, halfway)).isEqualTo(Rag.AMBER);
        assertThat(increase.ragOf(57, halfway)).isEqualTo(Rag.RED);
    }

    @Test
    void rollsUpToTheWorstReadingIgnoringPartsWithoutOneUnlessAllAre() {
        assertThat(Rag.rollUp(List.of(Rag.GREEN, Rag.AMBER, Rag.NO_READING))).isEqualTo(Rag.AMBER);
        assertThat(Rag.rollUp(List.of(Rag.GREEN, Rag.RED, Rag.AMBER))).isEqualTo(Rag.RED);
        assertThat(Rag.rollUp(List.of(Rag.NO_READING, Rag.GREEN))).isEqualTo(Rag.GREEN);
        assertThat(Rag.rollUp(List.of(Rag.NO_READING, Rag.NO_READING))).isEqualTo(Rag.NO_READING);
        assertThat(Rag.rollUp(List.of())).isEqualTo(Rag.NO_READING);
    }

}
