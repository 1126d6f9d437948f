package io.kpiops.kpi.calc;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BinaryOperator;
import java.util.function.Function;

/**
 * A KPI per day, week or month, pooled per period from per-day sums (never an average of daily values). Periods
 * without records or with no value (zero denominator) are gaps, not zeros.
 */
public final class TrendSeries {

    private TrendSeries() {}

    /**
     * @param byDay pooled sums per production day (e.g. {@link Tally} or {@link ProductionTotals})
     * @param plus how sums add up
     * @param value the KPI value of a period's sums, null for no data
     */
    public static <T> List<TrendPoint> of(Map<LocalDate, T> byDay, Granularity granularity, BinaryOperator<T> plus,
            Function<T, BigDecimal> value) {
        Map<LocalDate, T> byPeriod = new TreeMap<>();
        byDay.forEach((day, sums) -> byPeriod.merge(granularity.periodOf(day), sums, plus));
        return byPeriod.entrySet().stream()
                .map(e -> new TrendPoint(e.getKey(), granularity.index(e.getKey()), value.apply(e.getValue())))
                .filter(p -> p.value() != null)
                .toList();
    }

    /** A percentage KPI from tallies: Σ numerator ÷ Σ denominator × 100 per period. */
    public static List<TrendPoint> percent(Map<LocalDate, Tally> byDay, Granularity granularity) {
        return of(byDay, granularity, Tally::plus, Tally::percent);
    }
}
