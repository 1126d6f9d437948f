package io.kpiops.reports.subscriptions;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * When a subscription is sent, as wall-clock time in its client's zone: daily at a time, weekly on a weekday at a time,
 * or monthly on a day 1–28 (every month has it) or on the last day. A local time that does not exist on a spring-forward
 * day runs at the same offset after the gap (02:30 → 03:30); one that occurs twice on a fall-back day runs the first time.
 *
 * @param dayOfWeek  weekly only
 * @param dayOfMonth monthly only: 1–28, or {@link #LAST_DAY}
 */
record Schedule(Frequency frequency, LocalTime time, DayOfWeek dayOfWeek, Integer dayOfMonth) {

    /** The {@code dayOfMonth} that stands for the month's last day. */
    static final int LAST_DAY = 0;

    enum Frequency { DAILY, WEEKLY, MONTHLY }

    /** The first run strictly after {@code after}. */
    Instant nextAfter(Instant after, ZoneId zone) {
        LocalDate day = LocalDate.ofInstant(after, zone);
        // A run is at most a month (plus a DST hour) away: 32 days always hold the next one.
        for (int i = 0; i <= 32; i++, day = day.plusDays(1)) {
            if (runsOn(day)) {
                Instant at = ZonedDateTime.of(day, time, zone).toInstant();
                if (at.isAfter(after)) {
                    return at;
                }
            }
        }
        throw new IllegalStateException("no run within 32 days of " + after + " for " + this);
    }

    boolean runsOn(LocalDate day) {
        return switch (frequency) {
            case DAILY -> true;
            case WEEKLY -> day.getDayOfWeek() == dayOfWeek;
            case MONTHLY -> dayOfMonth == LAST_DAY ? day.getDayOfMonth() == YearMonth.from(day).lengthOfMonth()
                    : day.getDayOfMonth() == dayOfMonth;
        };
    }
}
