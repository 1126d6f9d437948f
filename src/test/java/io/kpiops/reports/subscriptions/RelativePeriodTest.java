package io.kpiops.reports.subscriptions;

import static org.assertj.core.api.Assertions.assertThat;

import io.kpiops.reports.subscriptions.RelativePeriod.Range;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Periods worked out on a calendar: 2026-11-30 is a Monday, 2026-12-01 a Tuesday, 2028 a leap year. */
class RelativePeriodTest {

    static Range range(String from, String to) {
        return new Range(LocalDate.parse(from), LocalDate.parse(to));
    }

    @Test
    void aRunOnAMondayReportsTheWeekJustEnded() {
        LocalDate monday = LocalDate.parse("2026-11-30");
        assertThat(RelativePeriod.PREVIOUS_DAY.resolve(monday)).isEqualTo(range("2026-11-29", "2026-11-29"));
        assertThat(RelativePeriod.PREVIOUS_WEEK.resolve(monday)).isEqualTo(range("2026-11-23", "2026-11-29"));
        assertThat(RelativePeriod.WEEK_TO_DATE.resolve(monday)).isEqualTo(range("2026-11-23", "2026-11-29"));
        assertThat(RelativePeriod.PREVIOUS_MONTH.resolve(monday)).isEqualTo(range("2026-10-01", "2026-10-31"));
        assertThat(RelativePeriod.MONTH_TO_DATE.resolve(monday)).isEqualTo(range("2026-11-01", "2026-11-29"));
    }

    @Test
    void aRunOnTheFirstReportsTheWholePreviousMonthAsMonthToDate() {
        LocalDate tuesday = LocalDate.parse("2026-12-01");
        assertThat(RelativePeriod.MONTH_TO_DATE.resolve(tuesday)).isEqualTo(range("2026-11-01", "2026-11-30"));
        assertThat(RelativePeriod.PREVIOUS_MONTH.resolve(tuesday)).isEqualTo(range("2026-11-01", "2026-11-30"));
        assertThat(RelativePeriod.WEEK_TO_DATE.resolve(tuesday)).isEqualTo(range("2026-11-30", "2026-11-30"));
        assertThat(RelativePeriod.PREVIOUS_WEEK.resolve(tuesday)).isEqualTo(range("2026-11-23", "2026-11-29"));
    }

    @Test
    void periodsCrossYearsAndLeapDays() {
        assertThat(RelativePeriod.PREVIOUS_DAY.resolve(LocalDate.parse("2027-01-01"))).isEqualTo(range("2026-12-31", "2026-12-31"));
        assertThat(RelativePeriod.PREVIOUS_MONTH.resolve(LocalDate.parse("2027-01-15"))).isEqualTo(range("2026-12-01", "2026-12-31"));
        assertThat(RelativePeriod.PREVIOUS_MONTH.resolve(LocalDate.parse("2028-03-01"))).isEqualTo(range("2028-02-01", "2028-02-29"));
        // Jan 1 2027 is a Friday: the previous week is Mon Dec 21 – Sun Dec 27
        assertThat(RelativePeriod.PREVIOUS_WEEK.resolve(LocalDate.parse("2027-01-01"))).isEqualTo(range("2026-12-21", "2026-12-27"));
    }
}
