package io.kpiops.dashboards.tv;

import java.util.Comparator;
import java.util.List;

/**
 * Whether the line is running or stopped now (ADR 0013). Downtime is entered as a window with clock times, so the
 * line is down when a downtime entry of the line in the current shift run has a window containing the plant's
 * minute now (an operator can enter a stop as it starts, with its expected end); otherwise it is running while the
 * shift runs. Entries with a duration only cannot be placed in time and do not count. Between shifts: no shift.
 *
 * @param reason the stop's reason name (null unless stopped)
 * @param since  the stop's start as minute of the plant's day (null unless stopped)
 * @param until  the stop's expected end as minute of the plant's day (null unless stopped)
 */
record LineStatus(State state, String reason, boolean planned, Integer since, Integer until) {

    enum State { RUNNING, DOWN, NO_SHIFT }

    /** A downtime entry's window as minutes of the plant's day (an end at or before the start is on the next day). */
    record Window(int start, int end, String reason, boolean planned) {

        boolean contains(int minute) {
            int length = Math.floorMod(end - start, ShiftRun.DAY);
            return Math.floorMod(minute - start, ShiftRun.DAY) < length;
        }
    }

    static final LineStatus RUNNING = new LineStatus(State.RUNNING, null, false, null, null);
    static final LineStatus NO_SHIFT = new LineStatus(State.NO_SHIFT, null, false, null, null);

    /** The status at {@code minute}; when stops overlap, the one that started last names the reason. */
    static LineStatus of(boolean shiftRunning, List<Window> windows, int minute) {
        if (!shiftRunning) {
            return NO_SHIFT;
        }
        return windows.stream().filter(w -> w.contains(minute))
                .min(Comparator.comparingInt(w -> Math.floorMod(minute - w.start(), ShiftRun.DAY)))
                .map(w -> new LineStatus(State.DOWN, w.reason(), w.planned(), w.start(), w.end()))
                .orElse(RUNNING);
    }
}
