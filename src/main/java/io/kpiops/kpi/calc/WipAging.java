package io.kpiops.kpi.calc;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * WIP aging at as-of date D: for each open order, age = D − start − days on hold, in whole days. Hold days count
 * each calendar day once even when holds overlap, and only from the order's start (time on hold before the start
 * is not WIP time), so an age is never negative. Buckets have inclusive upper edges (client setting, default 7, 14, 30).
 */
public final class WipAging {

    public static final List<Integer> DEFAULT_EDGES = List.of(7, 14, 30);
    public static final int OLDEST_LISTED = 5;

    private WipAging() {}

    public static WipAgingResult compute(List<WipOrder> orders, LocalDate asOf, List<Integer> bucketEdges,
            Thresholds thresholds) {
        List<Tally> tallies = new ArrayList<>();
        List<WipAgingResult.OrderAge> ages = new ArrayList<>();
        for (WipOrder o : orders) {
            if (!open(o, asOf)) {
                continue;
            }
            LocalDate start = o.start().value();
            long holdDays = holdDays(o.holds(), start, asOf);
            long age = ChronoUnit.DAYS.between(start, asOf) - holdDays;
            ages.add(new WipAgingResult.OrderAge(o.ref(), age, holdDays,
                    o.start().isInferred() ? o.start().inference().rule() : null));
            tallies.add(Tally.record(BigDecimal.valueOf(age), BigDecimal.ONE, List.of(o.start())));
        }
        KpiResult average = KpiResult.ratio(Kpi.WIP_AGING, Tally.sum(tallies), BigDecimal.ONE, thresholds, List.of());
        List<WipAgingResult.OrderAge> oldest = ages.stream()
                .sorted(Comparator.comparingLong(WipAgingResult.OrderAge::ageDays).reversed()
                        .thenComparing(WipAgingResult.OrderAge::ref))
                .limit(OLDEST_LISTED)
                .toList();
        return new WipAgingResult(average, buckets(ages, bucketEdges), oldest);
    }

    static boolean open(WipOrder o, LocalDate asOf) {
        return !o.closed()
                && (o.deliveredOn() == null || o.deliveredOn().isAfter(asOf))
                && o.start().present() && !o.start().value().isAfter(asOf);
    }

    /** Σ (min(resume, D) − hold date) over holds held on or before D, overlapping days counted once. */
    static long holdDays(List<WipOrder.Hold> holds, LocalDate start, LocalDate asOf) {
        List<LocalDate[]> spans = holds.stream()
                .filter(h -> !h.heldOn().isAfter(asOf))
                .map(h -> new LocalDate[] {max(h.heldOn(), start),
                        h.resumedOn() == null || h.resumedOn().isAfter(asOf) ? asOf : h.resumedOn()})
                .filter(s -> s[1].isAfter(s[0]))
                .sorted(Comparator.comparing(s -> s[0]))
                .toList();
        long days = 0;
        LocalDate coveredTo = null;
        for (LocalDate[] s : spans) {
            LocalDate from = coveredTo != null && coveredTo.isAfter(s[0]) ? coveredTo : s[0];
            if (s[1].isAfter(from)) {
                days += ChronoUnit.DAYS.between(from, s[1]);
                coveredTo = s[1];
            }
        }
        return days;
    }

    private static List<WipAgingResult.Bucket> buckets(List<WipAgingResult.OrderAge> ages, List<Integer> edges) {
        List<Integer> upper = edges == null || edges.isEmpty() ? DEFAULT_EDGES : edges;
        List<WipAgingResult.Bucket> buckets = new ArrayList<>();
        long lower = 0;
        for (int edge : upper) {
            long from = lower;
            long count = ages.stream().filter(a -> a.ageDays() >= from && a.ageDays() <= edge).count();
            buckets.add(new WipAgingResult.Bucket(from, (long) edge, count));
            lower = edge + 1L;
        }
        long last = lower;
        buckets.add(new WipAgingResult.Bucket(last, null, ages.stream().filter(a -> a.ageDays() >= last).count()));
        return buckets;
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }
}
