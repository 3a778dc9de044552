package org.communitysafety.scrutiny.meeting;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Five clear working days before a meeting, across weekends and the bank holidays of
 * England: Christmas, Easter and the one-off holidays.
 */
class WorkingDaysTests {

    private final WorkingDays workingDays = new WorkingDays();

    @Test
    void countsNeitherThePublicationDayNorTheMeetingDayNorTheWeekend() {
        LocalDate monday = LocalDate.of(2026, 3, 16);

        assertThat(notice(monday, LocalDate.of(2026, 3, 6)).clearWorkingDays()).isEqualTo(5);
        assertThat(notice(monday, LocalDate.of(2026, 3, 6)).isLate()).isFalse();
        // Published on the Sunday: Monday to Friday are five clear working days.
        assertThat(notice(monday, LocalDate.of(2026, 3, 8)).isLate()).isFalse();
        assertThat(notice(monday, LocalDate.of(2026, 3, 9)).clearWorkingDays()).isEqualTo(4);
        assertThat(notice(monday, LocalDate.of(2026, 3, 9)).isLate()).isTrue();
        assertThat(notice(monday, LocalDate.of(2026, 3, 9)).latestOnTime()).isEqualTo(LocalDate.of(2026, 3, 8));
    }

    @Test
    void skipsChristmasBoxingDayAndNewYearsDay() {
        LocalDate meeting = LocalDate.of(2026, 1, 2);

        assertThat(workingDays.isWorkingDay(LocalDate.of(2025, 12, 25))).isFalse();
        assertThat(workingDays.isWorkingDay(LocalDate.of(2025, 12, 26))).isFalse();
        assertThat(workingDays.isWorkingDay(LocalDate.of(2026, 1, 1))).isFalse();
        assertThat(notice(meeting, LocalDate.of(2025, 12, 22)).latestOnTime()).isEqualTo(LocalDate.of(2025, 12, 22));
        assertThat(notice(meeting, LocalDate.of(2025, 12, 22)).isLate()).isFalse();
        assertThat(notice(meeting, LocalDate.of(2025, 12, 23)).clearWorkingDays()).isEqualTo(4);
        assertThat(notice(meeting, LocalDate.of(2025, 12, 23)).isLate()).isTrue();
    }

    @Test
    void skipsGoodFridayAndEasterMonday() {
        LocalDate thursdayAfterEaster = LocalDate.of(2026, 4, 9);

        assertThat(workingDays.isWorkingDay(LocalDate.of(2026, 4, 3))).isFalse();
        assertThat(workingDays.isWorkingDay(LocalDate.of(2026, 4, 6))).isFalse();
        assertThat(notice(thursdayAfterEaster, LocalDate.of(2026, 3, 31)).latestOnTime())
            .isEqualTo(LocalDate.of(2026, 3, 30));
        assertThat(notice(thursdayAfterEaster, LocalDate.of(2026, 3, 31)).isLate()).isTrue();
        assertThat(notice(thursdayAfterEaster, LocalDate.of(2026, 3, 30)).isLate()).isFalse();
    }

    @Test
    void skipsTheOneOffBankHolidaysOfTheStateFuneralAndTheCoronation() {
        assertThat(workingDays.isWorkingDay(LocalDate.of(2022, 9, 19))).isFalse();
        assertThat(workingDays.isWorkingDay(LocalDate.of(2022, 9, 20))).isTrue();
        assertThat(workingDays.isWorkingDay(LocalDate.of(2023, 5, 8))).isFalse();
        LocalDate fridayAfterTheFuneral = LocalDate.of(2022, 9, 23);

        // Without the State Funeral, Thursday 15 September would have left five.
        assertThat(notice(fridayAfterTheFuneral, LocalDate.of(2022, 9, 15)).clearWorkingDays()).isEqualTo(4);
        assertThat(notice(fridayAfterTheFuneral, LocalDate.of(2022, 9, 15)).latestOnTime())
            .isEqualTo(LocalDate.of(2022, 9, 14));
    }

    @Test
    void keepsScotlandsOwnBankHolidaysAsWorkingDays() {
        // St Andrew's Day (observed Monday 1 December 2025) is a bank holiday in Scotland
        // only.
        assertThat(workingDays.isWorkingDay(LocalDate.of(2025, 12, 1))).isTrue();
        // The summer bank holiday is the last Monday of August in England.
        assertThat(workingDays.isWorkingDay(LocalDate.of(2026, 8, 31))).isFalse();
        assertThat(workingDays.isWorkingDay(LocalDate.of(2026, 8, 3))).isTrue();
    }

    private AgendaNotice notice(LocalDate meeting, LocalDate publishedOn) {
        return AgendaNotice.of(meeting, publishedOn, workingDays);
    }

}
