package io.kpiops.kpi.calc;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;

/**
 * Trend periods: a day; an ISO week labelled by its Monday; a month labelled by its first day. The index is a
 * calendar period number, so gaps keep their spacing in the regression.
 */
public enum Granularity {
    DAY,
    WEEK,
    MONTH;

    private static final LocalDate EPOCH_MONDAY = LocalDate.of(1970, 1, 5);

    /** The label (first day) of the period containing {@code day}. */
    public LocalDate periodOf(LocalDate day) {
        return switch (this) {
            case DAY -> day;
            case WEEK -> day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            case MONTH -> day.withDayOfMonth(1);
        };
    }

    /** Calendar period number of a period label. */
    public long index(LocalDate period) {
        return switch (this) {
            case DAY -> period.toEpochDay();
            case WEEK -> Math.floorDiv(ChronoUnit.DAYS.between(EPOCH_MONDAY, period), 7);
            case MONTH -> period.getYear() * 12L + period.getMonthValue() - 1;
        };
    }

    /** The label of the period {@code n} periods after {@code period}. */
    public LocalDate plus(LocalDate period, long n) {
        return switch (this) {
            case DAY -> period.plusDays(n);
            case WEEK -> period.plusWeeks(n);
            case MONTH -> period.plusMonths(n);
        };
    }
}
