package io.kpiops.dashboards.tv;

import io.kpiops.catalog.CatalogLookup.ShiftRef;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One run of a shift: the production day it started on (a shift crossing midnight belongs to the day it started)
 * and how far into it the plant's clock is. The same rules as My Shift (web/src/utils/currentShift.ts), on the server.
 *
 * @param elapsed  minutes from the run's start to now
 * @param duration the shift's length in minutes
 */
record ShiftRun(ShiftRef shift, LocalDate day, int elapsed, int duration) {

    static final int DAY = 24 * 60;

    boolean running() {
        return elapsed < duration;
    }

    /** Minutes of the run that have passed, at most its length. */
    int elapsedInShift() {
        return Math.min(elapsed, duration);
    }

    /** The latest run of a shift that has started by the plant's {@code today} at {@code minute}. */
    static ShiftRun latest(ShiftRef shift, LocalDate today, int minute) {
        int elapsed = Math.floorMod(minute - shift.startMinute(), DAY);
        LocalDate day = minute >= shift.startMinute() ? today : today.minusDays(1);
        return new ShiftRun(shift, day, elapsed, shift.durationMinutes());
    }

    /**
     * The run to show now: the active shift running now (when shifts overlap, the one that started last), else the
     * one that ended last (the screen keeps the last shift's figures between shifts); empty without active shifts.
     */
    static Optional<ShiftRun> current(List<ShiftRef> shifts, LocalDate today, int minute) {
        List<ShiftRun> runs = shifts.stream().filter(ShiftRef::active).map(s -> latest(s, today, minute)).toList();
        Optional<ShiftRun> running = runs.stream().filter(ShiftRun::running).min(Comparator.comparingInt(ShiftRun::elapsed));
        return running.isPresent() ? running
                : runs.stream().filter(Objects::nonNull).min(Comparator.comparingInt(r -> r.elapsed() - r.duration()));
    }
}
