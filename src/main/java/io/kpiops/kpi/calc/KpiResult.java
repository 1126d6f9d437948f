package io.kpiops.kpi.calc;

import java.math.BigDecimal;
import java.util.List;

/**
 * One KPI over one scope, as KPI.md §1.5 and §7 report it. {@code value} is rounded half-even to 2 dp;
 * {@code exactValue} is the unrounded value the status was read from; {@code numerator} and {@code denominator}
 * are the unrounded sums; confidences and the inferred share are fractions rounded to 4 dp.
 */
public record KpiResult(Kpi kpi, BigDecimal value, BigDecimal exactValue, String unit, BigDecimal numerator,
        BigDecimal denominator, long recordCount, Thresholds target, Status status, BigDecimal confidence,
        BigDecimal minConfidence, List<InferredInput> inferred, BigDecimal inferredShare, List<String> warnings) {

    public static final int VALUE_DECIMALS = 2;
    public static final int FRACTION_DECIMALS = 4;

    public KpiResult {
        inferred = List.copyOf(inferred);
        warnings = List.copyOf(warnings);
    }

    /**
     * @param exactValue the unrounded KPI value (already scaled, e.g. × 100 for percentages), null for no data
     * @param thresholds the levels in force, null for a measure without a target
     */
    public static KpiResult of(Kpi kpi, BigDecimal exactValue, Tally tally, Thresholds thresholds, List<String> warnings) {
        Status status = exactValue == null ? Status.NO_DATA
                : thresholds == null ? null : thresholds.statusOf(exactValue);
        return new KpiResult(kpi, Num.round(exactValue, VALUE_DECIMALS), exactValue, kpi.unit(), tally.numerator(),
                tally.denominator(), tally.recordCount(), thresholds, status,
                Num.round(tally.confidence(), FRACTION_DECIMALS), Num.round(tally.minConfidence(), FRACTION_DECIMALS),
                tally.inferredInputs(), Num.round(tally.inferredShare(), FRACTION_DECIMALS), warnings);
    }

    /** Σ numerator ÷ Σ denominator × scale (100 for %, 10⁶ for PPM). */
    public static KpiResult ratio(Kpi kpi, Tally tally, BigDecimal scale, Thresholds thresholds, List<String> warnings) {
        return of(kpi, Num.times(tally.ratio(), scale), tally, thresholds, warnings);
    }

    /** A percentage KPI with no warning. */
    public static KpiResult percent(Kpi kpi, Tally tally, Thresholds thresholds) {
        return ratio(kpi, tally, Num.HUNDRED, thresholds, List.of());
    }
}
