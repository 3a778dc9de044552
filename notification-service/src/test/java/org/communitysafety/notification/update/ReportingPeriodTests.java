package org.communitysafety.notification.update;

import java.time.LocalDate;
import java.time.Period;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Reporting periods follow the cadence from 1 April, the start of the year the agreement
 * runs over; each update is due the day after its period.
 */
class ReportingPeriodTests {

    private static final Period SIX_MONTHS = Period.ofMonths(6);

    @Test
    void sixMonthlyPeriodsRunAprilToSeptemberAndOctoberToMarch() {
        assertThat(ReportingPeriod.containing(SIX_MONTHS, LocalDate.of(2015, 4, 1)))
            .isEqualTo(new ReportingPeriod(LocalDate.of(2015, 4, 1), LocalDate.of(2015, 9, 30)));
        assertThat(ReportingPeriod.containing(SIX_MONTHS, LocalDate.of(2015, 9, 30)).last())
            .isEqualTo(LocalDate.of(2015, 9, 30));
        assertThat(ReportingPeriod.containing(SIX_MONTHS, LocalDate.of(2016, 2, 29)))
            .isEqualTo(new ReportingPeriod(LocalDate.of(2015, 10, 1), LocalDate.of(2016, 3, 31)));
        assertThat(ReportingPeriod.containing(SIX_MONTHS, LocalDate.of(2015, 10, 1)).dueOn())
            .isEqualTo(LocalDate.of(2016, 4, 1));
    }

    @Test
    void theUpdateDueIsTheLatestPeriodThatHasEnded() {
        assertThat(ReportingPeriod.lastEndedBefore(SIX_MONTHS, LocalDate.of(2015, 10, 1)))
            .isEqualTo(new ReportingPeriod(LocalDate.of(2015, 4, 1), LocalDate.of(2015, 9, 30)));
        assertThat(ReportingPeriod.lastEndedBefore(SIX_MONTHS, LocalDate.of(2016, 3, 31)))
            .as("still the summer's until the winter's ends")
            .isEqualTo(new ReportingPeriod(LocalDate.of(2015, 4, 1), LocalDate.of(2015, 9, 30)));
        assertThat(ReportingPeriod.lastEndedBefore(SIX_MONTHS, LocalDate.of(2016, 4, 1)))
            .isEqualTo(new ReportingPeriod(LocalDate.of(2015, 10, 1), LocalDate.of(2016, 3, 31)));
    }

    @Test
    void aCadenceThatDoesNotDivideTheYearEndsItsLastPeriodOnThirtyFirstMarch() {
        assertThat(ReportingPeriod.containing(Period.ofMonths(5), LocalDate.of(2016, 1, 15)))
            .isEqualTo(new ReportingPeriod(LocalDate.of(2015, 9, 1), LocalDate.of(2016, 1, 31)));
        assertThat(ReportingPeriod.containing(Period.ofMonths(5), LocalDate.of(2016, 2, 1)))
            .isEqualTo(new ReportingPeriod(LocalDate.of(2016, 2, 1), LocalDate.of(2016, 3, 31)));
        assertThat(ReportingPeriod.containing(Period.ofMonths(3), LocalDate.of(2015, 8, 15)))
            .isEqualTo(new ReportingPeriod(LocalDate.of(2015, 7, 1), LocalDate.of(2015, 9, 30)));
        assertThatThrownBy(() -> ReportingPeriod.containing(Period.ZERO, LocalDate.of(2015, 8, 15)))
            .isInstanceOf(IllegalArgumentException.class);
    }

}
