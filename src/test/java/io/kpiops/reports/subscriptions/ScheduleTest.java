package io.kpiops.reports.subscriptions;

import static org.assertj.core.api.Assertions.assertThat;

import io.kpiops.reports.subscriptions.Schedule.Frequency;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** Next runs worked out by hand from the zone rules (Chicago: CST = UTC−6, CDT = UTC−5; Madrid: CET = UTC+1). */
class ScheduleTest {

    static final ZoneId CHICAGO = ZoneId.of("America/Chicago");

    static Schedule daily(String time) {
        return new Schedule(Frequency.DAILY, LocalTime.parse(time), null, null);
    }

    static Instant at(String utc) {
        return Instant.parse(utc);
    }

    @Test
    void dailyRunsLaterTodayOrElseTomorrowAtThePlantsWallClockTime() {
        Schedule s = daily("06:30");
        // 04:00 CST on Nov 30 → 06:30 CST the same day = 12:30Z
        assertThat(s.nextAfter(at("2026-11-30T10:00:00Z"), CHICAGO)).isEqualTo(at("2026-11-30T12:30:00Z"));
        // exactly at a run: the next one is tomorrow's
        assertThat(s.nextAfter(at("2026-11-30T12:30:00Z"), CHICAGO)).isEqualTo(at("2026-12-01T12:30:00Z"));
        // 23:00 CST on Nov 30 is already Dec 1 in UTC; the plant's next 06:30 is Dec 1
        assertThat(s.nextAfter(at("2026-12-01T05:00:00Z"), CHICAGO)).isEqualTo(at("2026-12-01T12:30:00Z"));
    }

    @Test
    void weeklyRunsOnItsWeekdayInTheClientsZone() {
        Schedule s = new Schedule(Frequency.WEEKLY, LocalTime.of(7, 0), DayOfWeek.MONDAY, null);
        // Wed Dec 2 2026 → Mon Dec 7, 07:00 CET = 06:00Z
        assertThat(s.nextAfter(at("2026-12-02T00:00:00Z"), ZoneId.of("Europe/Madrid"))).isEqualTo(at("2026-12-07T06:00:00Z"));
        // Monday Nov 30 at 06:30 CET, before 07:00: the same day
        assertThat(s.nextAfter(at("2026-11-30T05:30:00Z"), ZoneId.of("Europe/Madrid"))).isEqualTo(at("2026-11-30T06:00:00Z"));
    }

    @Test
    void monthlyRunsOnItsDayAndTheLastDayFollowsTheMonthsLength() {
        Schedule fifteenth = new Schedule(Frequency.MONTHLY, LocalTime.of(8, 0), null, 15);
        assertThat(fifteenth.nextAfter(at("2026-01-20T00:00:00Z"), ZoneId.of("UTC"))).isEqualTo(at("2026-02-15T08:00:00Z"));

        Schedule last = new Schedule(Frequency.MONTHLY, LocalTime.of(18, 0), null, Schedule.LAST_DAY);
        // Feb 28 2026, 18:00 CST = Mar 1 00:00Z
        assertThat(last.nextAfter(at("2026-02-10T00:00:00Z"), CHICAGO)).isEqualTo(at("2026-03-01T00:00:00Z"));
        // right after January's last-day run: February's
        assertThat(last.nextAfter(at("2026-02-01T00:00:00Z"), CHICAGO)).isEqualTo(at("2026-03-01T00:00:00Z"));
        // leap year: Feb 29 2028, 18:00 CST = Mar 1 00:00Z
        assertThat(last.nextAfter(at("2028-02-20T00:00:00Z"), CHICAGO)).isEqualTo(at("2028-03-01T00:00:00Z"));
        // April has 30 days: Apr 30 18:00 CDT = 23:00Z
        assertThat(last.nextAfter(at("2026-04-01T00:00:00Z"), CHICAGO)).isEqualTo(at("2026-04-30T23:00:00Z"));
    }

    @Test
    void aTimeInTheSpringForwardGapRunsAnHourLaterThatDay() {
        // Mar 8 2026, Chicago: 02:00 CST jumps to 03:00 CDT; 02:30 does not exist → 03:30 CDT = 08:30Z
        assertThat(daily("02:30").nextAfter(at("2026-03-07T12:00:00Z"), CHICAGO)).isEqualTo(at("2026-03-08T08:30:00Z"));
        // a time outside the gap keeps its wall-clock time: 06:00 CST = 12:00Z, then 06:00 CDT = 11:00Z
        assertThat(daily("06:00").nextAfter(at("2026-03-07T11:00:00Z"), CHICAGO)).isEqualTo(at("2026-03-07T12:00:00Z"));
        assertThat(daily("06:00").nextAfter(at("2026-03-07T12:00:00Z"), CHICAGO)).isEqualTo(at("2026-03-08T11:00:00Z"));
    }

    @Test
    void aTimeThatOccursTwiceOnTheFallBackDayRunsOnce() {
        // Nov 1 2026, Chicago: 01:30 CDT (06:30Z), then 01:30 CST (07:30Z); only the first is a run
        assertThat(daily("01:30").nextAfter(at("2026-10-31T12:00:00Z"), CHICAGO)).isEqualTo(at("2026-11-01T06:30:00Z"));
        assertThat(daily("01:30").nextAfter(at("2026-11-01T06:30:00Z"), CHICAGO)).isEqualTo(at("2026-11-02T07:30:00Z"));
    }
}
