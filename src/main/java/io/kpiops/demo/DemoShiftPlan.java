package io.kpiops.demo;

import io.kpiops.demo.DemoOrderPlan.OrderPlan;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Which line runs what in which shift over the production days from 89 days ago to yesterday (plant time). The plant works Monday to
 * Saturday: Day and Evening every working day, Night Monday to Friday (the Friday night ends on Saturday morning);
 * line 1 has no night crew; Sundays and one public holiday are off. Lines 2 and 3 make the work orders whose MAKE job
 * they have, oldest first, each for its planned number of shifts while it runs; otherwise, and on line 1 always, a
 * line makes stock in campaigns of a few shifts, mostly of its two usual products. Pure and seeded.
 */
final class DemoShiftPlan {

    /** The window: the 90 production days up to today; today itself has no data yet. */
    static final int DAYS = 90;
    static final int SHIFTS = 3;
    static final int LINES = 3;
    static final int NIGHT = 2;

    private DemoShiftPlan() {}

    /** A line in a shift of a production day, making an order (index, or -1 for stock) of a product (index). */
    record Slot(int index, LocalDate day, int dayIndex, int shift, int line, int order, int product) {

        /** What a changeover changes: another order, or another stock product. */
        int job() {
            return order >= 0 ? 1000 + order : product;
        }
    }

    /** The plan: the slots in time order, and the slot that follows each one on its line right at its end (or null). */
    record Plan(LocalDate first, LocalDate holiday, List<Slot> slots, Map<Integer, Slot> next) {}

    /** The plant's public holiday in the window: the weekday nearest to 47 days ago, going back. */
    static LocalDate holiday(LocalDate today) {
        LocalDate d = today.minusDays(47);
        while (d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY) {
            d = d.minusDays(1);
        }
        return d;
    }

    /** Whether a shift works on a day (its crews are scheduled), whatever the line. */
    static boolean works(LocalDate day, int shift, LocalDate holiday) {
        DayOfWeek dow = day.getDayOfWeek();
        if (dow == DayOfWeek.SUNDAY || day.equals(holiday)) {
            return false;
        }
        return shift != NIGHT || dow != DayOfWeek.SATURDAY;
    }

    static boolean runs(LocalDate day, int shift, int line, LocalDate holiday) {
        return works(day, shift, holiday) && !(line == 0 && shift == NIGHT);
    }

    static Plan plan(String clientCode, LocalDate today, List<OrderPlan> orders, int products) {
        Random random = new Random(37L * clientCode.hashCode() + 5);
        LocalDate first = today.minusDays(DAYS - 1);
        LocalDate holiday = holiday(today);
        int[] done = new int[orders.size()];
        int[] current = {-1, -1, -1};
        int[] stock = new int[LINES];
        int[] campaignLeft = new int[LINES];
        List<Slot> slots = new ArrayList<>();
        Map<String, Slot> byKey = new HashMap<>();
        for (int d = 0; d < DAYS - 1; d++) {
            LocalDate day = first.plusDays(d);
            for (int shift = 0; shift < SHIFTS; shift++) {
                for (int line = 0; line < LINES; line++) {
                    if (!runs(day, shift, line, holiday)) {
                        continue;
                    }
                    int order = pick(orders, done, current[line], line, day);
                    current[line] = order;
                    int product;
                    if (order >= 0) {
                        done[order]++;
                        product = orders.get(order).product();
                    } else {
                        if (campaignLeft[line] <= 0) {
                            stock[line] = random.nextInt(10) < 7 ? (2 * line + random.nextInt(2)) % products
                                    : random.nextInt(products);
                            campaignLeft[line] = 2 + random.nextInt(5);
                        }
                        campaignLeft[line]--;
                        product = stock[line];
                    }
                    Slot slot = new Slot(slots.size(), day, d, shift, line, order, product);
                    slots.add(slot);
                    byKey.put(key(day, shift, line), slot);
                }
            }
        }
        Map<Integer, Slot> next = new HashMap<>();
        for (Slot s : slots) {
            Slot after = s.shift() == NIGHT ? byKey.get(key(s.day().plusDays(1), 0, s.line()))
                    : byKey.get(key(s.day(), s.shift() + 1, s.line()));
            if (after != null) {
                next.put(s.index(), after);
            }
        }
        return new Plan(first, holiday, slots, next);
    }

    /** The order a line makes in a slot: the current one while it runs and has shifts left, else the oldest waiting. */
    private static int pick(List<OrderPlan> orders, int[] done, int current, int line, LocalDate day) {
        if (current >= 0 && orders.get(current).runs(day) && done[current] < orders.get(current).targetShifts()) {
            return current;
        }
        return orders.stream().filter(o -> o.makeLine() == line && o.runs(day) && done[o.index()] < o.targetShifts())
                .min(Comparator.comparing(OrderPlan::start).thenComparing(OrderPlan::index)).map(OrderPlan::index)
                .orElse(-1);
    }

    private static String key(LocalDate day, int shift, int line) {
        return day + "/" + shift + "/" + line;
    }
}
