package org.communitysafety.servicedefaults.web;

import java.time.LocalDate;

/**
 * The days a date in a request may name. Community safety records run from the Crime and
 * Disorder Act 1998 to plans a few decades ahead; a year such as 0000 or +999999999 is a
 * mistake, and date arithmetic on it would fail (a 500) later.
 */
public final class PlausibleDates {

    public static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);

    public static final LocalDate LATEST = LocalDate.of(9999, 12, 31);

    public static final String RANGE = "between " + EARLIEST + " and " + LATEST;

    private PlausibleDates() {
    }

    public static boolean isPlausible(LocalDate date) {
        return !date.isBefore(EARLIEST) && !date.isAfter(LATEST);
    }

    /**
     * Reads a query parameter: an ISO date in the plausible range, else an
     * {@link IllegalArgumentException} (answered as a 400 naming the parameter).
     */
    public static LocalDate parse(String text) {
        LocalDate date = LocalDate.parse(text.trim());
        if (!isPlausible(date)) {
            throw new IllegalArgumentException("must be a date " + RANGE);
        }
        return date;
    }

}
