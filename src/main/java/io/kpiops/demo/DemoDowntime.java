package io.kpiops.demo;

import io.kpiops.demo.DemoShiftPlan.Plan;
import io.kpiops.demo.DemoShiftPlan.Slot;
import io.kpiops.downtime.DowntimeSetup.DowntimeSpec;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The downtime of each slot of a shift plan: a changeover when the line switches to another order or product, the
 * Monday meeting of the day shift, planned maintenance of each line every two weeks, breakdowns (line 3 more often and
 * longer, above all in its troubled week), material shortages, the odd quality hold or missing operator, and a few
 * minor stops in most shifts. Events are laid out on the shift's clock without overlapping; now and then a breakdown
 * near the end of a shift runs into the next one on the same line (split there, like the API does), most often a
 * night-shift one past 06:00. Pure and seeded.
 */
final class DemoDowntime {

    static final String SETUP = "SETUP_CHANGEOVER";
    static final String MEETING = "MEETING";
    static final String MAINTENANCE = "PLANNED_MAINTENANCE";
    static final String BREAKDOWN = "BREAKDOWN";
    static final String MATERIAL = "MATERIAL_SHORTAGE";
    static final String QUALITY_HOLD = "QUALITY_HOLD";
    static final String OPERATOR = "OPERATOR_UNAVAILABLE";
    static final String MINOR_STOP = "OTHER";

    /** Line 3's troubled stretch (day indexes in the plan): a worn spindle, fixed after a week. */
    static final int TROUBLE_FROM = 55;
    static final int TROUBLE_TO = 61;

    private static final String[] BREAKDOWN_NOTES = {"Conveyor motor tripped", "Hydraulic leak on press",
        "Sensor failure", "Tooling broke", "PLC fault, restarted", "Jammed feeder"};
    private static final String[] MINOR_NOTES = {"Minor stop: jam cleared", "Minor stop: sensor reset",
        "Minor stop: label roll changed", "Minor stop: part misfeed"};

    private DemoDowntime() {}

    /** One event: its reason code, minutes from the start of the slot's shift, length (may run past the shift). */
    record Event(int slot, String reason, int offset, int minutes, String note) {}

    /** The events, and per slot the downtime minutes that fall in it (split parts counted where they fall). */
    record Losses(List<Event> events, int[] minutes) {}

    static boolean troubled(Slot s) {
        return s.line() == 2 && s.dayIndex() >= TROUBLE_FROM && s.dayIndex() <= TROUBLE_TO;
    }

    /**
     * @param length    the length of every shift (minutes)
     * @param scheduled its scheduled (working) minutes; the downtime of a slot stays well below
     */
    static Losses plan(String clientCode, Plan plan, int length, int scheduled) {
        Random random = new Random(41L * clientCode.hashCode() + 7);
        List<Slot> slots = plan.slots();
        int[] minutes = new int[slots.size()];
        int[] carried = new int[slots.size()];
        int[] lastJob = {-1, -1, -1};
        List<Event> events = new ArrayList<>();
        for (Slot s : slots) {
            List<Event> own = new ArrayList<>();
            if (lastJob[s.line()] != -1 && lastJob[s.line()] != s.job()) {
                own.add(new Event(s.index(), SETUP, 0, (s.line() == 2 ? 25 : 15) + random.nextInt(25), null));
            }
            lastJob[s.line()] = s.job();
            if (s.shift() == 0 && s.day().getDayOfWeek() == DayOfWeek.MONDAY) {
                own.add(new Event(s.index(), MEETING, 0, 15 + 5 * random.nextInt(4), "Weekly safety and KPI meeting"));
            }
            if (s.shift() == 0 && s.dayIndex() % 14 == 3 + 4 * s.line()) {
                own.add(new Event(s.index(), MAINTENANCE, 0, 60 + 15 * random.nextInt(5), "Preventive maintenance plan"));
            }
            double breakdown = troubled(s) ? 0.85 : new double[] {0.16, 0.2, 0.34}[s.line()] + (s.shift() == 2 ? 0.05 : 0);
            if (random.nextDouble() < breakdown) {
                int max = troubled(s) ? 150 : s.line() == 2 ? 100 : 70;
                own.add(new Event(s.index(), BREAKDOWN, 0, 15 + random.nextInt(max - 14),
                        BREAKDOWN_NOTES[random.nextInt(BREAKDOWN_NOTES.length)]));
            }
            if (random.nextDouble() < 0.1) {
                own.add(new Event(s.index(), MATERIAL, 0, 15 + random.nextInt(46), "Waiting for material from stores"));
            }
            if (random.nextDouble() < 0.03) {
                own.add(new Event(s.index(), QUALITY_HOLD, 0, 20 + random.nextInt(41), "Line stopped for first-article check"));
            }
            if (random.nextDouble() < (s.shift() == 2 ? 0.05 : 0.025)) {
                own.add(new Event(s.index(), OPERATOR, 0, 15 + random.nextInt(31), "Operator missing, line short-handed"));
            }
            int stops = new int[] {0, 0, 1, 1, 1, 1, 2, 2, 2, 3}[random.nextInt(10)];
            for (int k = 0; k < stops; k++) {
                own.add(new Event(s.index(), MINOR_STOP, 0, 2 + random.nextInt(8),
                        MINOR_NOTES[random.nextInt(MINOR_NOTES.length)]));
            }
            events.addAll(layOut(s, own, carried[s.index()], length, scheduled, plan, random, carried, minutes));
        }
        return new Losses(events, minutes);
    }

    /**
     * Places a slot's events after the part carried in from the previous shift (at its start), a changeover first,
     * with random gaps; the last may be a breakdown that runs into the next slot of the line when that slot makes the
     * same order or line stock (so the split parts belong to production entries alike).
     */
    private static List<Event> layOut(Slot s, List<Event> own, int carry, int length, int scheduled, Plan plan,
            Random random, int[] carried, int[] minutes) {
        List<Event> kept = new ArrayList<>();
        int total = carry;
        for (Event e : own) {
            if (total + e.minutes() <= scheduled / 2) {
                kept.add(e);
                total += e.minutes();
            }
        }
        Slot next = plan.next().get(s.index());
        boolean cross = next != null && next.order() == s.order() && random.nextDouble() < (s.shift() == DemoShiftPlan.NIGHT ? 0.06 : 0.02);
        int free = length - total - (cross ? 20 : 0);
        List<Event> placed = new ArrayList<>();
        int at = carry;
        double[] gaps = new double[kept.size() + 1];
        double sum = 0;
        for (int i = 0; i < gaps.length; i++) {
            gaps[i] = i == 0 && !kept.isEmpty() && kept.getFirst().reason().equals(SETUP) ? 0 : 0.2 + random.nextDouble();
            sum += gaps[i];
        }
        for (int i = 0; i < kept.size(); i++) {
            at += (int) (free * gaps[i] / sum);
            Event e = kept.get(i);
            placed.add(new Event(e.slot(), e.reason(), at, e.minutes(), e.note()));
            at += e.minutes();
        }
        minutes[s.index()] += total;
        if (cross) {
            int before = 10 + random.nextInt(11);
            int after = 20 + random.nextInt(41);
            placed.add(new Event(s.index(), BREAKDOWN, length - before, before + after,
                    BREAKDOWN_NOTES[random.nextInt(BREAKDOWN_NOTES.length)]));
            minutes[s.index()] += before;
            carried[next.index()] += after;
        }
        return placed;
    }

    /**
     * The downtime entries of the events: clock times from the shift's start (an event running past its shift is split
     * by the set-up), on the slot's line and, for an order's slot, its work order; reasons by code from the client's
     * catalog (a customised catalog without the code falls back to OTHER).
     *
     * @param starts the start (minute of the day) of each shift
     */
    static List<DowntimeSpec> specs(DemoIds ids, Plan plan, Losses losses, int[] starts, Map<String, Long> reasons) {
        return losses.events().stream().map(e -> {
            Slot s = plan.slots().get(e.slot());
            int start = (starts[s.shift()] + e.offset()) % (24 * 60);
            int end = (start + e.minutes()) % (24 * 60);
            Long reason = reasons.getOrDefault(e.reason(), reasons.get(MINOR_STOP));
            return new DowntimeSpec(ids.clientId(), s.day(), ids.shifts().get(s.shift()), ids.lines().get(s.line()),
                    s.order() >= 0 ? ids.orders().get(s.order()) : null, reason, LocalTime.of(start / 60, start % 60),
                    LocalTime.of(end / 60, end % 60), null, null, e.note());
        }).toList();
    }
}
