package io.kpiops.downtime;

import static org.assertj.core.api.Assertions.assertThat;

import io.kpiops.catalog.CatalogLookup.ShiftRef;
import io.kpiops.downtime.DowntimeTimes.Part;
import io.kpiops.downtime.DowntimeTimes.Placement;
import io.kpiops.platform.web.FieldError;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Downtime events placed on a plant's shifts, every expected part worked out by hand. */
class DowntimeTimesTest {

    static final LocalDate D = LocalDate.of(2026, 3, 10);
    static final ShiftRef DAY = shift(1, "Day", "06:00", "14:00");
    static final ShiftRef EVENING = shift(2, "Evening", "14:00", "22:00");
    static final ShiftRef NIGHT = shift(3, "Night", "22:00", "06:00");
    static final List<ShiftRef> THREE_SHIFTS = List.of(DAY, EVENING, NIGHT);

    @Test
    void anEventInsideItsShiftIsOnePart() {
        assertThat(parts(DAY, "08:00", "08:45", THREE_SHIFTS)).containsExactly(new Part(1, D, 480, 525, 45));
    }

    @Test
    void anEventRunningPastTheNightShiftIsSplitAtSixIntoTheDayShiftOfTheNextProductionDay() {
        // 05:30–06:00 is the last half hour of Night (started 22:00 on D); 06:00 is Day's start on D+1
        assertThat(parts(NIGHT, "05:30", "06:45", THREE_SHIFTS)).containsExactly(
                new Part(3, D, 330, 360, 30), new Part(1, D.plusDays(1), 360, 405, 45));
    }

    @Test
    void anEventRunningPastTheEveningShiftIsSplitIntoTheNightShiftOfTheSameDay() {
        assertThat(parts(EVENING, "21:30", "22:30", THREE_SHIFTS)).containsExactly(
                new Part(2, D, 1290, 1320, 30), new Part(3, D, 1320, 1350, 30));
    }

    @Test
    void midnightInsideTheNightShiftSplitsNothingAndTheEventStaysOnTheDayTheShiftStarted() {
        assertThat(parts(NIGHT, "23:30", "00:30", THREE_SHIFTS)).containsExactly(new Part(3, D, 1410, 30, 60));
        assertThat(parts(NIGHT, "01:00", "02:15", THREE_SHIFTS)).containsExactly(new Part(3, D, 60, 135, 75));
    }

    @Test
    void aShiftEndingAtMidnightHandsOverToTheShiftStartingAtMidnightOnTheNextDay() {
        ShiftRef first = shift(11, "First", "08:00", "16:00");
        ShiftRef second = shift(12, "Second", "16:00", "00:00");
        ShiftRef third = shift(13, "Third", "00:00", "08:00");
        assertThat(parts(second, "23:30", "00:30", List.of(first, second, third))).containsExactly(
                new Part(12, D, 1410, 0, 30), new Part(13, D.plusDays(1), 0, 30, 30));
    }

    @Test
    void aLongEventIsSplitOverEveryShiftItRanIn() {
        // 13:00–23:00: 60 min of Day, all 480 of Evening, 60 of Night
        assertThat(parts(DAY, "13:00", "23:00", THREE_SHIFTS)).containsExactly(
                new Part(1, D, 780, 840, 60), new Part(2, D, 840, 1320, 480), new Part(3, D, 1320, 1380, 60));
    }

    @Test
    void aRoundTheClockShiftHandsOverToItselfOnTheNextDay() {
        ShiftRef allDay = shift(21, "Continuous", "06:00", "06:00");
        assertThat(parts(allDay, "05:30", "06:30", List.of(allDay))).containsExactly(
                new Part(21, D, 330, 360, 30), new Part(21, D.plusDays(1), 360, 390, 30));
    }

    @Test
    void aGapAfterTheShiftRefusesTheEndTime() {
        List<FieldError> errors = errors(DAY, "13:30", "14:30", List.of(DAY, NIGHT), true);
        assertThat(errors).extracting(FieldError::field).containsExactly("end_time");
        assertThat(errors.getFirst().message()).contains("past the end of shift Day at 14:00").contains("no shift starts then");
    }

    @Test
    void twoShiftsStartingAtTheBoundaryAreAmbiguous() {
        ShiftRef weekend = shift(4, "Weekend evening", "14:00", "20:00");
        List<FieldError> errors = errors(DAY, "13:30", "14:30", List.of(DAY, EVENING, weekend), true);
        assertThat(errors.getFirst().message()).contains("shifts Evening and Weekend evening both start then");
    }

    @Test
    void anInactiveShiftDoesNotTakeOverAtTheBoundary() {
        ShiftRef closed = new ShiftRef(2, 1, "Evening", 840, 1320, 480, 450, false);
        assertThat(errors(DAY, "13:30", "14:30", List.of(DAY, closed), true).getFirst().message())
                .contains("no shift starts then");
    }

    @Test
    void theStartMustLieInTheShift() {
        List<FieldError> errors = errors(DAY, "15:00", "15:30", THREE_SHIFTS, true);
        assertThat(errors).containsExactly(new FieldError("start_time", "must lie within shift Day (06:00–14:00)"));
        assertThat(errors(NIGHT, "06:00", "06:30", THREE_SHIFTS, true)).extracting(FieldError::field)
                .containsExactly("start_time");
    }

    @Test
    void anEndEqualToTheStartIsRefused() {
        assertThat(errors(DAY, "08:00", "08:00", THREE_SHIFTS, true)).extracting(FieldError::field).containsExactly("end_time");
    }

    @Test
    void aCorrectedPartMustStayInsideItsShift() {
        assertThat(DowntimeTimes.place("", NIGHT, D, minute("05:00"), minute("06:00"), THREE_SHIFTS, false).parts())
                .containsExactly(new Part(3, D, 300, 360, 60));
        List<FieldError> errors = errors(NIGHT, "05:30", "06:45", THREE_SHIFTS, false);
        assertThat(errors).extracting(FieldError::field).containsExactly("end_time");
        assertThat(errors.getFirst().message()).startsWith("must not be after the end of shift Night (06:00)");
    }

    @Test
    void aDurationWithoutClockTimesMustFitTheShiftLength() {
        assertThat(DowntimeTimes.fits("", DAY, 480)).isEmpty();
        assertThat(DowntimeTimes.fits("entries[2].", DAY, 481)).get().extracting(FieldError::field)
                .isEqualTo("entries[2].duration_minutes");
    }

    private static List<Part> parts(ShiftRef shift, String start, String end, List<ShiftRef> shifts) {
        Placement p = DowntimeTimes.place("", shift, D, minute(start), minute(end), shifts, true);
        assertThat(p.errors()).isEmpty();
        return p.parts();
    }

    private static List<FieldError> errors(ShiftRef shift, String start, String end, List<ShiftRef> shifts, boolean split) {
        Placement p = DowntimeTimes.place("", shift, D, minute(start), minute(end), shifts, split);
        assertThat(p.parts()).isEmpty();
        return p.errors();
    }

    private static ShiftRef shift(long id, String name, String start, String end) {
        int s = minute(start);
        int e = minute(end);
        int duration = e <= s ? DowntimeTimes.DAY - s + e : e - s;
        return new ShiftRef(id, 1, name, s, e, duration, duration - 30, true);
    }

    private static int minute(String hhmm) {
        return Integer.parseInt(hhmm.substring(0, 2)) * 60 + Integer.parseInt(hhmm.substring(3));
    }
}
