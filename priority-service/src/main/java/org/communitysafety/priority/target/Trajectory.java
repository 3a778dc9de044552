package org.communitysafety.priority.target;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * The one rule by which a target's RAG status follows from a reading (source §4.1:
 * targets the partnership "aim[s] to achieve by the end of the plan period").
 *
 * <p>
 * The planned path is the straight line from the baseline (its value on its date) to the
 * target (its value on the deadline). A reading is compared with where that line stands
 * on the reading's date (before the baseline date the line stands at the baseline, after
 * the deadline at the target):
 * <ul>
 * <li>on the line or better (lower for {@link Direction#REDUCE}, higher for
 * {@link Direction#INCREASE}): {@link Rag#GREEN};</li>
 * <li>worse than the line by at most {@value #AMBER_TOLERANCE_PERCENT}% of the whole
 * planned change (target minus baseline): {@link Rag#AMBER};</li>
 * <li>worse by more: {@link Rag#RED}.</li>
 * </ul>
 * A target with no reading yet is {@link Rag#NO_READING}, never red: nothing is known.
 *
 * @param direction which way the measure should move
 * @param baseline the value the target starts from
 * @param baselineOn the day of the baseline
 * @param target the value to reach
 * @param deadline the day to reach it by
 */
public record Trajectory(Direction direction, double baseline, LocalDate baselineOn, double target,
        LocalDate deadline) {

    /** How far behind the line a reading may be and still be amber. */
    public static final int AMBER_TOLERANCE_PERCENT = 10;

    /** Where the straight line from baseline to target stands on the day. */
    public double expectedOn(LocalDate day) {
        long span = ChronoUnit.DAYS.between(baselineOn, deadline);
        long elapsed = Math.min(Math.max(ChronoUnit.DAYS.between(baselineOn, day), 0), span);
        return baseline + (target - baseline) * elapsed / span;
    }

    /** The status of a reading of the value on the day. */
    public Rag ragOf(double value, LocalDate readOn) {
        double behind = direction == Direction.REDUCE ? value - expectedOn(readOn) : expectedOn(readOn) - value;
        if (behind <= 0) {
            return Rag.GREEN;
        }
        double tolerance = Math.abs(target - baseline) * AMBER_TOLERANCE_PERCENT / 100;
        return behind <= tolerance ? Rag.AMBER : Rag.RED;
    }

}
