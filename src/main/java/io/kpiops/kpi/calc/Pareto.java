package io.kpiops.kpi.calc;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Pareto of a quantity by category (downtime hours by reason, defects by defect type): largest first, ties by name,
 * with each category's share and the cumulative share in % (2 dp, from unrounded sums).
 */
public final class Pareto {

    /** One bar: the category, its unrounded total, its share and the cumulative share up to it. */
    public record Bar(String category, BigDecimal total, BigDecimal sharePercent, BigDecimal cumulativePercent) {}

    private Pareto() {}

    public static List<Bar> of(Map<String, BigDecimal> totals) {
        BigDecimal all = totals.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        List<Map.Entry<String, BigDecimal>> sorted = totals.entrySet().stream()
                .sorted(Map.Entry.<String, BigDecimal>comparingByValue(Comparator.reverseOrder())
                        .thenComparing(Map.Entry.comparingByKey()))
                .toList();
        List<Bar> bars = new ArrayList<>();
        BigDecimal running = BigDecimal.ZERO;
        for (Map.Entry<String, BigDecimal> e : sorted) {
            running = running.add(e.getValue());
            bars.add(new Bar(e.getKey(), e.getValue(), percent(e.getValue(), all), percent(running, all)));
        }
        return bars;
    }

    private static BigDecimal percent(BigDecimal part, BigDecimal all) {
        return Num.round(Num.times(Num.ratio(part, all), Num.HUNDRED), 2);
    }
}
