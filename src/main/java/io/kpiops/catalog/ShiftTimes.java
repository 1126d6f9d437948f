package io.kpiops.catalog;

import io.kpiops.platform.web.FieldError;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The arithmetic of a shift's clock times, pure so it can be tested by hand: duration (crossing midnight when the end
 * is not after the start), breaks as offsets into the shift, scheduled (paid, productive) minutes.
 */
record ShiftTimes(int start, int end, List<Shift.Break> breaks) {

    static final int DAY = 24 * 60;

    ShiftTimes {
        breaks = List.copyOf(breaks);
    }

    static int minuteOf(LocalTime time) {
        return time.getHour() * 60 + time.getMinute();
    }

    static LocalTime timeOf(int minute) {
        return LocalTime.of(minute / 60, minute % 60);
    }

    boolean crossesMidnight() {
        return end <= start;
    }

    /** Minutes from start to end; an end at or before the start is on the next day (a 24-hour shift when equal). */
    int durationMinutes() {
        return crossesMidnight() ? DAY - start + end : end - start;
    }

    /** Minutes from the shift's start to a clock time inside it. */
    int offsetOf(int minuteOfDay) {
        return Math.floorMod(minuteOfDay - start, DAY);
    }

    int breakMinutes() {
        return breaks.stream().mapToInt(Shift.Break::durationMinutes).sum();
    }

    int scheduledMinutes() {
        return durationMinutes() - breakMinutes();
    }

    /** Every break must lie inside the shift, not overlap another, and leave working time. */
    List<FieldError> problems() {
        List<FieldError> errors = new ArrayList<>();
        List<Shift.Break> byOffset = breaks.stream().sorted(Comparator.comparingInt(b -> offsetOf(b.startMinute()))).toList();
        int previousEnd = 0;
        for (Shift.Break b : byOffset) {
            int offset = offsetOf(b.startMinute());
            if (b.durationMinutes() < 1) {
                errors.add(new FieldError("breaks", "break '" + b.name() + "' must last at least one minute"));
            } else if (offset + b.durationMinutes() > durationMinutes()) {
                errors.add(new FieldError("breaks", "break '" + b.name() + "' does not fit inside the shift"));
            } else if (offset < previousEnd) {
                errors.add(new FieldError("breaks", "break '" + b.name() + "' overlaps the break before it"));
            }
            previousEnd = Math.max(previousEnd, offset + Math.max(0, b.durationMinutes()));
        }
        if (errors.isEmpty() && scheduledMinutes() <= 0) {
            errors.add(new FieldError("breaks", "the breaks leave no working time"));
        }
        return errors;
    }
}
