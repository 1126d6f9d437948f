package io.kpiops.dashboards.tv;

import static org.assertj.core.api.Assertions.assertThat;

import io.kpiops.catalog.CatalogLookup.ShiftRef;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The TV's rules with hand-worked numbers: which shift run is current, the unit target, running or down. */
class TvRulesTest {

    static final LocalDate TODAY = LocalDate.of(2026, 3, 10);
    // Day 06:00–14:00 (30-minute break), Late 14:00–22:00, Night 22:00–06:00 (crosses midnight)
    static final ShiftRef DAY = shift(1, "Day", 6 * 60, 14 * 60, 450, true);
    static final ShiftRef LATE = shift(2, "Late", 14 * 60, 22 * 60, 480, true);
    static final ShiftRef NIGHT = shift(3, "Night", 22 * 60, 6 * 60, 480, true);

    static ShiftRef shift(long id, String name, int start, int end, int scheduled, boolean active) {
        int duration = end <= start ? 24 * 60 - start + end : end - start;
        return new ShiftRef(id, 1, name, start, end, duration, scheduled, active);
    }

    @Test
    void theRunningShiftIsCurrent() {
        ShiftRun run = ShiftRun.current(List.of(DAY, LATE, NIGHT), TODAY, 9 * 60 + 15).orElseThrow();
        assertThat(run.shift().name()).isEqualTo("Day");
        assertThat(run.day()).isEqualTo(TODAY);
        assertThat(run.elapsed()).isEqualTo(195); // 06:00 → 09:15
        assertThat(run.running()).isTrue();
    }

    @Test
    void afterMidnightTheNightShiftBelongsToTheDayItStarted() {
        ShiftRun run = ShiftRun.current(List.of(DAY, LATE, NIGHT), TODAY, 2 * 60).orElseThrow();
        assertThat(run.shift().name()).isEqualTo("Night");
        assertThat(run.day()).isEqualTo(TODAY.minusDays(1));
        assertThat(run.elapsed()).isEqualTo(240); // 22:00 → 02:00
        assertThat(run.duration()).isEqualTo(480);
    }

    @Test
    void beforeMidnightTheNightShiftIsToday() {
        ShiftRun run = ShiftRun.current(List.of(DAY, LATE, NIGHT), TODAY, 23 * 60).orElseThrow();
        assertThat(run.shift().name()).isEqualTo("Night");
        assertThat(run.day()).isEqualTo(TODAY);
        assertThat(run.elapsed()).isEqualTo(60);
    }

    @Test
    void overlappingShiftsShowTheOneThatStartedLast() {
        ShiftRef early = shift(4, "Early", 5 * 60, 13 * 60, 480, true);
        ShiftRun run = ShiftRun.current(List.of(early, DAY), TODAY, 7 * 60).orElseThrow();
        assertThat(run.shift().name()).isEqualTo("Day");
    }

    @Test
    void betweenShiftsTheLastEndedRunIsShownAsNotRunning() {
        // only Day and Late: at 23:30 Late ended 90 minutes ago, Day 570 minutes ago
        ShiftRun run = ShiftRun.current(List.of(DAY, LATE), TODAY, 23 * 60 + 30).orElseThrow();
        assertThat(run.shift().name()).isEqualTo("Late");
        assertThat(run.running()).isFalse();
        assertThat(run.elapsedInShift()).isEqualTo(480);
        // at 03:00 the last Late run was yesterday's
        assertThat(ShiftRun.current(List.of(DAY, LATE), TODAY, 3 * 60).orElseThrow().day()).isEqualTo(TODAY.minusDays(1));
    }

    @Test
    void inactiveShiftsAreIgnoredAndNoShiftGivesNothing() {
        ShiftRef off = shift(5, "Off", 0, 0, 1440, false);
        assertThat(ShiftRun.current(List.of(off), TODAY, 600)).isEmpty();
        assertThat(ShiftRun.current(List.of(), TODAY, 600)).isEmpty();
    }

    @Test
    void unitTargetIsTheScheduledMinutesAtTheIdealCycleTimeProRata() {
        // 450 scheduled minutes at 0.05 h (3 min) per unit = 150 units; half the 480-minute shift gone → 75
        assertThat(UnitTarget.shift(450, new BigDecimal("0.05"))).isEqualTo(150);
        assertThat(UnitTarget.soFar(450, new BigDecimal("0.05"), 240, 480)).isEqualTo(75);
        // 195 of 480 minutes: 450 × 195 / 480 / 3 = 60.9 → 60 (whole units, rounded down)
        assertThat(UnitTarget.soFar(450, new BigDecimal("0.05"), 195, 480)).isEqualTo(60);
        // after the shift the target stays the whole shift's
        assertThat(UnitTarget.soFar(450, new BigDecimal("0.05"), 600, 480)).isEqualTo(150);
    }

    @Test
    void noIdealCycleTimeMeansNoTarget() {
        assertThat(UnitTarget.shift(450, null)).isNull();
        assertThat(UnitTarget.soFar(450, BigDecimal.ZERO, 100, 480)).isNull();
    }

    @Test
    void aStopWhoseWindowContainsNowMeansDown() {
        List<LineStatus.Window> stops = List.of(new LineStatus.Window(8 * 60, 8 * 60 + 30, "Breakdown", false),
                new LineStatus.Window(9 * 60, 10 * 60, "Maintenance", true));
        LineStatus at0815 = LineStatus.of(true, stops, 8 * 60 + 15);
        assertThat(at0815.state()).isEqualTo(LineStatus.State.DOWN);
        assertThat(at0815.reason()).isEqualTo("Breakdown");
        assertThat(at0815.planned()).isFalse();
        assertThat(at0815.since()).isEqualTo(480);
        // the end minute is not inside the window
        assertThat(LineStatus.of(true, stops, 8 * 60 + 30).state()).isEqualTo(LineStatus.State.RUNNING);
        assertThat(LineStatus.of(true, stops, 9 * 60 + 59).planned()).isTrue();
    }

    @Test
    void aStopAcrossMidnightAndOverlappingStops() {
        List<LineStatus.Window> stops = List.of(new LineStatus.Window(23 * 60 + 50, 20, "Jam", false),
                new LineStatus.Window(0, 10, "Power", false));
        assertThat(LineStatus.of(true, stops, 5).reason()).isEqualTo("Power"); // started last
        assertThat(LineStatus.of(true, stops, 15).reason()).isEqualTo("Jam");
        assertThat(LineStatus.of(true, stops, 20).state()).isEqualTo(LineStatus.State.RUNNING);
    }

    @Test
    void betweenShiftsThereIsNoStatusFromStops() {
        List<LineStatus.Window> stops = List.of(new LineStatus.Window(0, 1439, "All day", false));
        assertThat(LineStatus.of(false, stops, 600).state()).isEqualTo(LineStatus.State.NO_SHIFT);
    }
}
