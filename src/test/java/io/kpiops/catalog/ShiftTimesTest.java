package io.kpiops.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class ShiftTimesTest {

    private static int m(String hhmm) {
        return ShiftTimes.minuteOf(LocalTime.parse(hhmm));
    }

    @Test
    void aDayShiftLastsFromStartToEnd() {
        ShiftTimes day = new ShiftTimes(m("06:00"), m("14:00"), List.of(new Shift.Break("Lunch", m("10:00"), 30)));
        assertThat(day.crossesMidnight()).isFalse();
        assertThat(day.durationMinutes()).isEqualTo(480);
        assertThat(day.scheduledMinutes()).isEqualTo(450);
        assertThat(day.problems()).isEmpty();
    }

    @Test
    void aNightShiftCrossesMidnightAndItsBreaksAreMeasuredFromItsStart() {
        ShiftTimes night = new ShiftTimes(m("22:00"), m("06:00"),
                List.of(new Shift.Break("Meal", m("02:00"), 30), new Shift.Break("Rest", m("23:30"), 15)));
        assertThat(night.crossesMidnight()).isTrue();
        assertThat(night.durationMinutes()).isEqualTo(480);
        assertThat(night.offsetOf(m("02:00"))).isEqualTo(240);
        assertThat(night.offsetOf(m("23:30"))).isEqualTo(90);
        assertThat(night.breakMinutes()).isEqualTo(45);
        assertThat(night.scheduledMinutes()).isEqualTo(435);
        assertThat(night.problems()).isEmpty();
    }

    @Test
    void equalStartAndEndIsATwentyFourHourShift() {
        assertThat(new ShiftTimes(m("07:00"), m("07:00"), List.of()).durationMinutes()).isEqualTo(1440);
    }

    @Test
    void breaksOutsideTheShiftOrOverlappingAreNamed() {
        ShiftTimes outside = new ShiftTimes(m("06:00"), m("14:00"), List.of(new Shift.Break("Late", m("13:50"), 20)));
        assertThat(outside.problems()).extracting(e -> e.message()).containsExactly("break 'Late' does not fit inside the shift");

        ShiftTimes before = new ShiftTimes(m("22:00"), m("06:00"), List.of(new Shift.Break("Early", m("21:00"), 15)));
        assertThat(before.problems()).extracting(e -> e.message()).containsExactly("break 'Early' does not fit inside the shift");

        ShiftTimes overlapping = new ShiftTimes(m("06:00"), m("14:00"),
                List.of(new Shift.Break("A", m("10:00"), 30), new Shift.Break("B", m("10:15"), 15)));
        assertThat(overlapping.problems()).extracting(e -> e.message()).containsExactly("break 'B' overlaps the break before it");
    }

    @Test
    void breaksMayNotFillTheWholeShift() {
        ShiftTimes full = new ShiftTimes(m("06:00"), m("07:00"), List.of(new Shift.Break("All", m("06:00"), 60)));
        assertThat(full.problems()).extracting(e -> e.message()).containsExactly("the breaks leave no working time");
    }
}
