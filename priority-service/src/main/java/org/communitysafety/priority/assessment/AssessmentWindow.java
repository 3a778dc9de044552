package org.communitysafety.priority.assessment;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Optional;

import org.communitysafety.servicedefaults.aggregate.Changed;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * The months of a year in which partnership strategic assessments are undertaken: June to
 * October (§6.4). Its opening and closing are announced once each; the document's id is
 * the year, so two instances cannot both open it.
 *
 * @param id the year, as text
 * @param version its version
 * @param year the calendar year
 * @param opensOn 1 June
 * @param closesOn 31 October
 * @param openedAnnouncedOn when its opening was announced
 * @param closedAnnouncedOn when its closing was announced
 */
@Document("assessment_windows")
public record AssessmentWindow(@Id String id, @Version Long version, int year, LocalDate opensOn, LocalDate closesOn,
        LocalDate openedAnnouncedOn, LocalDate closedAnnouncedOn) {

    static final MonthDay OPENS = MonthDay.of(6, 1);

    static final MonthDay CLOSES = MonthDay.of(10, 31);

    public static LocalDate opensOn(int year) {
        return OPENS.atYear(year);
    }

    public static LocalDate closesOn(int year) {
        return CLOSES.atYear(year);
    }

    /** Whether the day falls within the year's window. */
    public static boolean includes(int year, LocalDate day) {
        return !day.isBefore(opensOn(year)) && !day.isAfter(closesOn(year));
    }

    /** The year's window as it opens, announced, while it is open. */
    static Optional<Changed<AssessmentWindow, AssessmentWindowOpened>> opening(LocalDate today) {
        int year = today.getYear();
        if (!includes(year, today)) {
            return Optional.empty();
        }
        AssessmentWindow window = new AssessmentWindow(String.valueOf(year), null, year, opensOn(year), closesOn(year),
                today, null);
        return Optional.of(new Changed<>(window, new AssessmentWindowOpened(year, window.opensOn, window.closesOn)));
    }

    /** The window closing, announced once, the day after it closes. */
    Optional<Changed<AssessmentWindow, AssessmentWindowClosed>> closing(LocalDate today) {
        if (closedAnnouncedOn != null || !today.isAfter(closesOn)) {
            return Optional.empty();
        }
        AssessmentWindow closed = new AssessmentWindow(id, version, year, opensOn, closesOn, openedAnnouncedOn, today);
        return Optional.of(new Changed<>(closed, new AssessmentWindowClosed(year, opensOn, closesOn)));
    }

    /** A window first seen after it closed: recorded without announcing an opening. */
    static AssessmentWindow unannounced(int year) {
        return new AssessmentWindow(String.valueOf(year), null, year, opensOn(year), closesOn(year), null, null);
    }

}
