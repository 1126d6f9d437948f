package io.kpiops.kpi.calc;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** PPM, DPMO + sigma level, FPY per stage and overall, RTY — pooled over quality entries; nothing is inferred. */
public final class QualityKpis {

    /** The default stage order when the client configured none. */
    public static final List<String> DEFAULT_STAGES = List.of("INCOMING", "IN_PROCESS", "FINAL");

    private QualityKpis() {}

    /** Opportunities per unit: the part's entry → client default → 1 (a setting, not an inference). */
    public static long opportunities(Integer partOpportunities, Integer clientDefault) {
        if (partOpportunities != null && partOpportunities > 0) {
            return partOpportunities;
        }
        return clientDefault != null && clientDefault > 0 ? clientDefault : 1;
    }

    /** Σ units_defective ÷ Σ units_inspected × 10⁶. */
    public static KpiResult ppm(List<QualityRecord> records, Thresholds thresholds) {
        Tally t = Tally.sum(records.stream()
                .map(r -> Tally.exactSums(Num.of(r.unitsDefective()), Num.of(r.unitsInspected()), r.entries()))
                .toList());
        return KpiResult.ratio(Kpi.PPM, t, Num.MILLION, thresholds, List.of());
    }

    /** Σ defects ÷ Σ (units_inspected × opportunities) × 10⁶, with the sigma level. */
    public static DpmoResult dpmo(List<QualityRecord> records, Thresholds thresholds) {
        Tally t = Tally.sum(records.stream()
                .map(r -> Tally.exactSums(Num.of(r.defects()),
                        Num.of(r.unitsInspected()).multiply(Num.of(r.opportunitiesPerUnit())), r.entries()))
                .toList());
        KpiResult result = KpiResult.ratio(Kpi.DPMO, t, Num.MILLION, thresholds, List.of());
        return new DpmoResult(result, SigmaLevel.of(result.exactValue()));
    }

    /** FPY per stage (stages with 0 inspected are absent) and overall FPY pooling every stage in scope. */
    public static FpyResult fpy(List<QualityRecord> records, List<String> configuredStages, Thresholds thresholds) {
        List<StageYield> stages = stageYields(records, configuredStages, thresholds);
        Tally all = Tally.sum(records.stream().map(QualityKpis::fpyTally).toList());
        return new FpyResult(KpiResult.percent(Kpi.FPY, all, thresholds), stages);
    }

    /**
     * RTY = Π stage FPY over the stages present, in stage order; numerator Π passed first time, denominator
     * Π inspected. The worst stage is the lowest FPY, ties to the earlier stage.
     */
    public static RtyResult rty(List<QualityRecord> records, List<String> configuredStages, Thresholds rtyThresholds,
            Thresholds fpyThresholds) {
        List<StageYield> stages = stageYields(records, configuredStages, fpyThresholds);
        long recordCount = records.stream().mapToLong(QualityRecord::entries).sum();
        if (stages.isEmpty()) {
            Tally none = new Tally(BigDecimal.ZERO, BigDecimal.ZERO, recordCount, 0, BigDecimal.ZERO, BigDecimal.ZERO,
                    null, BigDecimal.ZERO, 0, Map.of());
            return new RtyResult(KpiResult.percent(Kpi.RTY, none, rtyThresholds), stages, null);
        }
        BigDecimal passed = BigDecimal.ONE;
        BigDecimal inspected = BigDecimal.ONE;
        StageYield worst = stages.getFirst();
        for (StageYield s : stages) {
            passed = passed.multiply(s.fpy().numerator());
            inspected = inspected.multiply(s.fpy().denominator());
            if (s.fpy().exactValue().compareTo(worst.fpy().exactValue()) < 0) {
                worst = s;
            }
        }
        Tally product = new Tally(passed, inspected, recordCount, 0, inspected, BigDecimal.valueOf(recordCount),
                BigDecimal.ONE, BigDecimal.ZERO, 0, Map.of());
        return new RtyResult(KpiResult.percent(Kpi.RTY, product, rtyThresholds), stages, worst.stage());
    }

    private static Tally fpyTally(QualityRecord r) {
        return Tally.exactSums(Num.of(r.unitsPassedFirstTime()), Num.of(r.unitsInspected()), r.entries());
    }

    private static List<StageYield> stageYields(List<QualityRecord> records, List<String> configuredStages,
            Thresholds thresholds) {
        Map<String, Tally> byStage = new LinkedHashMap<>();
        for (QualityRecord r : records) {
            byStage.merge(r.stage(), fpyTally(r), Tally::plus);
        }
        List<String> order = configuredStages == null || configuredStages.isEmpty() ? DEFAULT_STAGES : configuredStages;
        List<String> present = new ArrayList<>(byStage.keySet());
        present.removeIf(s -> byStage.get(s).denominator().signum() == 0);
        present.sort(Comparator.<String>comparingInt(s -> order.contains(s) ? order.indexOf(s) : order.size())
                .thenComparing(Comparator.naturalOrder()));
        return present.stream().map(s -> new StageYield(s, KpiResult.percent(Kpi.FPY, byStage.get(s), thresholds))).toList();
    }
}
