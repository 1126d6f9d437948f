package io.kpiops.downtime;

import io.kpiops.catalog.CatalogLookup.ShiftRef;
import io.kpiops.platform.web.FieldError;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The clock arithmetic of a downtime event on a client's shifts, pure so that it can be checked by hand.
 *
 * <p>Clock times are plant-local minutes of the day; an end before the start is on the next day. An event belongs
 * to the shift of the production day it started in: its start must lie inside that shift (a night shift 22:00–06:00
 * of day D covers 22:00 of D to 06:00 of D+1, so an event 23:30–00:30 stays whole in it). An event that runs past the
 * end of its shift is split there: the rest goes to the client's shift that starts at that moment, on the production
 * day on which it starts (06:00 after a night shift of D is on D+1), and so on. Where no shift starts at the boundary
 * (a gap in the plan), or two do, the event cannot be placed and the end time is refused.
 */
final class DowntimeTimes {

    static final int DAY = 24 * 60;

    private DowntimeTimes() {}

    /** A stretch of an event inside one shift of one production day. */
    record Part(long shiftId, LocalDate shiftDate, int startMinute, int endMinute, int durationMinutes) {}

    /** The parts of an event in time order (one unless it was split), or the problems found (named by field). */
    record Placement(List<Part> parts, List<FieldError> errors) {}

    /**
     * Places an event from {@code start} to {@code end} (minutes of the day) that started in {@code shift} of
     * production day {@code day}.
     *
     * @param shifts every active shift of the client, to find the shift that follows at a boundary
     * @param split  true: an event running past the end of its shift is split; false (correcting a recorded part):
     *               it must end inside its shift
     */
    static Placement place(String prefix, ShiftRef shift, LocalDate day, int start, int end, Collection<ShiftRef> shifts,
            boolean split) {
        List<FieldError> errors = new ArrayList<>();
        int length = Math.floorMod(end - start, DAY);
        if (length == 0) {
            errors.add(new FieldError(prefix + "end_time", "must differ from start_time"));
            return new Placement(List.of(), errors);
        }
        int offset = Math.floorMod(start - shift.startMinute(), DAY);
        if (offset >= shift.durationMinutes()) {
            errors.add(new FieldError(prefix + "start_time", "must lie within shift " + shift.name() + " ("
                    + clock(shift.startMinute()) + "–" + clock(shift.endMinute()) + ")"));
            return new Placement(List.of(), errors);
        }
        List<Part> parts = new ArrayList<>();
        ShiftRef current = shift;
        LocalDate currentDay = day;
        int at = offset;
        int clock = start;
        int remaining = length;
        while (true) {
            int take = Math.min(current.durationMinutes() - at, remaining);
            parts.add(new Part(current.id(), currentDay, clock, (clock + take) % DAY, take));
            remaining -= take;
            if (remaining == 0) {
                return new Placement(parts, errors);
            }
            // the boundary in minutes from the start of currentDay: after a night shift it lies on a later day
            int boundary = current.startMinute() + current.durationMinutes();
            int boundaryClock = boundary % DAY;
            if (!split) {
                errors.add(new FieldError(prefix + "end_time", "must not be after the end of shift " + current.name()
                        + " (" + clock(boundaryClock) + "): a recorded part stays inside its shift; record the time after "
                        + clock(boundaryClock) + " as another entry"));
                return new Placement(List.of(), errors);
            }
            List<ShiftRef> next = shifts.stream().filter(s -> s.active() && s.startMinute() == boundaryClock).toList();
            if (next.size() != 1) {
                String why = next.isEmpty() ? "no shift starts then" : "shifts "
                        + next.stream().map(ShiftRef::name).sorted().collect(Collectors.joining(" and ")) + " both start then";
                errors.add(new FieldError(prefix + "end_time", "the event runs past the end of shift " + current.name()
                        + " at " + clock(boundaryClock) + " and " + why + ": end it at " + clock(boundaryClock)
                        + " at the latest and record the rest for the shift it belongs to"));
                return new Placement(List.of(), errors);
            }
            currentDay = currentDay.plusDays(boundary / DAY);
            current = next.getFirst();
            at = 0;
            clock = boundaryClock;
        }
    }

    /** An event known only by its duration is not split: it must fit in its shift. */
    static Optional<FieldError> fits(String prefix, ShiftRef shift, int durationMinutes) {
        if (durationMinutes <= shift.durationMinutes()) {
            return Optional.empty();
        }
        return Optional.of(new FieldError(prefix + "duration_minutes", "must not exceed the length of shift "
                + shift.name() + " (" + shift.durationMinutes() + " min); give start_time and end_time to split a longer "
                + "event over the shifts it ran in"));
    }

    static int minuteOf(LocalTime time) {
        return time.getHour() * 60 + time.getMinute();
    }

    static LocalTime timeOf(int minute) {
        return LocalTime.of(minute / 60, minute % 60);
    }

    static String clock(int minute) {
        return String.format("%02d:%02d", minute / 60, minute % 60);
    }
}
