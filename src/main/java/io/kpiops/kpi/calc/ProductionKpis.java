package io.kpiops.kpi.calc;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Availability, performance, quality rate, OEE, efficiency and throughput over a {@link ProductionScope}, pooled
 * (Σ numerator ÷ Σ denominator), never capped; values above 100 % carry a warning naming the likely cause.
 */
public final class ProductionKpis {

    private ProductionKpis() {}

    public static KpiResult availability(ProductionScope scope, Thresholds thresholds) {
        Tally t = scope.total().availability();
        BigDecimal value = Num.times(t.ratio(), Num.HUNDRED);
        List<String> warnings = new ArrayList<>();
        if (above100(value)) {
            List<String> refs = over(scope.byRef(), ProductionTotals::availability);
            warnings.add("availability above 100 %: run time exceeds planned busy time for " + String.join(", ", refs)
                    + "; check run time and downtime entries");
        }
        excluded(warnings, "availability", scope.byRef(), ProductionTotals::availability, "a shift length or run time");
        return KpiResult.of(Kpi.AVAILABILITY, value, t, thresholds, warnings);
    }

    public static KpiResult performance(ProductionScope scope, Thresholds thresholds) {
        Tally t = scope.total().performance();
        BigDecimal value = Num.times(t.ratio(), Num.HUNDRED);
        List<String> warnings = new ArrayList<>();
        if (above100(value)) {
            warnings.add(cycleTimeWarning("performance", over(scope.byProduct(), ProductionTotals::performance), ""));
        }
        excluded(warnings, "performance", scope.byProduct(), ProductionTotals::performance,
                "an ideal cycle time or run time");
        return KpiResult.of(Kpi.PERFORMANCE, value, t, thresholds, warnings);
    }

    public static KpiResult qualityRate(ProductionScope scope, Thresholds thresholds) {
        return KpiResult.percent(Kpi.QUALITY_RATE, scope.total().quality(), thresholds);
    }

    public static KpiResult efficiency(ProductionScope scope, Thresholds thresholds) {
        Tally t = scope.total().efficiency();
        BigDecimal value = Num.times(t.ratio(), Num.HUNDRED);
        List<String> warnings = new ArrayList<>();
        if (above100(value)) {
            warnings.add(cycleTimeWarning("efficiency", over(scope.byProduct(), ProductionTotals::efficiency),
                    ", or crew sizes are too low"));
        }
        excluded(warnings, "efficiency", scope.byProduct(), ProductionTotals::efficiency,
                "a shift length, ideal cycle time or crew size");
        return KpiResult.of(Kpi.EFFICIENCY, value, t, thresholds, warnings);
    }

    /**
     * Availability × performance × quality rate, each pooled over the scope; null when Σ PBT is 0; 0 when PBT &gt; 0
     * and a factor is 0 (nothing run or produced).
     */
    public static KpiResult oee(ProductionScope scope, Thresholds thresholds) {
        Tally t = scope.total().oee();
        BigDecimal value = oeeFraction(scope.total());
        BigDecimal percent = Num.times(value, Num.HUNDRED);
        List<String> warnings = new ArrayList<>();
        if (above100(percent)) {
            List<String> products = scope.byProduct().entrySet().stream()
                    .filter(e -> above100(Num.times(oeeFraction(e.getValue()), Num.HUNDRED)))
                    .map(Map.Entry::getKey)
                    .toList();
            warnings.add(cycleTimeWarning("OEE", products, ""));
        }
        excluded(warnings, "OEE", scope.byProduct(), ProductionTotals::oee,
                "a shift length, ideal cycle time or run time");
        // numerator: OEE × Σ PBT (= Σ ICT×GQ with one product), so numerator ÷ denominator is the value shown
        Tally shown = new Tally(value == null ? BigDecimal.ZERO : value.multiply(t.denominator(), Num.MC),
                t.denominator(), t.recordCount(), t.excluded(), t.confidenceWeight(), t.confidenceSum(),
                t.minConfidence(), t.inferredDenominator(), t.inferredRecords(), t.inferred());
        return KpiResult.of(Kpi.OEE, percent, shown, thresholds, warnings);
    }

    /** Units produced per APT hour; no target. */
    public static KpiResult throughput(ProductionScope scope) {
        Tally t = scope.total().throughput();
        return KpiResult.of(Kpi.THROUGHPUT, t.ratio(), t, null, List.of());
    }

    /** OEE in % of one set of totals (e.g. one trend period): A × P × Q × 100, with the rules of {@link #oee}. */
    public static BigDecimal oeePercent(ProductionTotals totals) {
        return Num.times(oeeFraction(totals), Num.HUNDRED);
    }

    static BigDecimal oeeFraction(ProductionTotals totals) {
        BigDecimal a = totals.availability().ratio();
        if (a == null) {
            return null;
        }
        BigDecimal p = totals.performance().ratio();
        BigDecimal q = totals.quality().ratio();
        if (a.signum() == 0 || (p != null && p.signum() == 0) || (q != null && q.signum() == 0)
                || totals.quality().denominator().signum() == 0) {
            return BigDecimal.ZERO;
        }
        if (p == null) {
            return null;
        }
        return a.multiply(p, Num.MC).multiply(q, Num.MC);
    }

    /**
     * Whether the result of {@code kpi} over these totals carries a warning whose text names products or references
     * — a value above 100 % or entries left out: only then does a scope need its per-product and per-reference totals
     * for that KPI. Each KPI's warnings come from its own tally alone, so an OEE trend does not read the detail because
     * efficiency left out entries without a crew. Errs towards yes: a numerator above its denominator by less than the
     * rounding still says yes, as does OEE's run-time-and-speed part above 100 %.
     */
    public static boolean warnsByName(Kpi kpi, ProductionTotals totals) {
        return switch (kpi) {
            case AVAILABILITY -> warns(totals.availability());
            case PERFORMANCE -> warns(totals.performance());
            case EFFICIENCY -> warns(totals.efficiency());
            case OEE -> warns(totals.oee()) || above100(oeePercent(totals));
            default -> false;
        };
    }

    private static boolean warns(Tally t) {
        return t.excluded() > 0 || t.numerator().compareTo(t.denominator()) > 0;
    }

    private static boolean above100(BigDecimal percent) {
        return percent != null && percent.compareTo(Num.HUNDRED) > 0;
    }

    private static List<String> over(Map<String, ProductionTotals> groups, Function<ProductionTotals, Tally> kpi) {
        return groups.entrySet().stream()
                .filter(e -> {
                    Tally t = kpi.apply(e.getValue());
                    return t.denominator().signum() > 0 && t.numerator().compareTo(t.denominator()) > 0;
                })
                .map(Map.Entry::getKey)
                .toList();
    }

    private static String cycleTimeWarning(String kpi, List<String> products, String moreCauses) {
        return kpi + " above 100 %: ideal cycle time of " + String.join(", ", products)
                + " is longer than what the line demonstrates, or counts are too high" + moreCauses;
    }

    private static void excluded(List<String> warnings, String kpi, Map<String, ProductionTotals> groups,
            Function<ProductionTotals, Tally> tally, String what) {
        long count = groups.values().stream().mapToLong(g -> tally.apply(g).excluded()).sum();
        if (count > 0) {
            List<String> names = groups.entrySet().stream()
                    .filter(e -> tally.apply(e.getValue()).excluded() > 0)
                    .map(Map.Entry::getKey)
                    .toList();
            warnings.add(kpi + " leaves out " + count + (count == 1 ? " entry" : " entries") + " without " + what
                    + ": " + String.join(", ", names));
        }
    }
}
