package io.kpiops.reports.subscriptions;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

/**
 * The production days a scheduled report covers, relative to the plant-local day it runs on. Only complete days are
 * reported: "to date" periods end yesterday, so a run on the 1st of a month reports the whole previous month.
 * Weeks run Monday to Sunday.
 */
enum RelativePeriod {
    PREVIOUS_DAY,
    PREVIOUS_WEEK,
    WEEK_TO_DATE,
    PREVIOUS_MONTH,
    MONTH_TO_DATE;

    record Range(LocalDate from, LocalDate to) {}

    Range resolve(LocalDate runDay) {
        LocalDate yesterday = runDay.minusDays(1);
        return switch (this) {
            case PREVIOUS_DAY -> new Range(yesterday, yesterday);
            case PREVIOUS_WEEK -> {
                LocalDate monday = runDay.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).minusWeeks(1);
                yield new Range(monday, monday.plusDays(6));
            }
            case WEEK_TO_DATE -> new Range(yesterday.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)), yesterday);
            case PREVIOUS_MONTH -> {
                LocalDate first = runDay.withDayOfMonth(1).minusMonths(1);
                yield new Range(first, first.with(TemporalAdjusters.lastDayOfMonth()));
            }
            case MONTH_TO_DATE -> new Range(yesterday.withDayOfMonth(1), yesterday);
        };
    }
}
