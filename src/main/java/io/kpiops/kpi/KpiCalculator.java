package io.kpiops.kpi;

import io.kpiops.kpi.KpiViews.KpiValue;
import io.kpiops.kpi.calc.DpmoResult;
import io.kpiops.kpi.calc.FpyResult;
import io.kpiops.kpi.calc.Kpi;
import io.kpiops.kpi.calc.KpiResult;
import io.kpiops.kpi.calc.OnTimeDelivery;
import io.kpiops.kpi.calc.OtdResult;
import io.kpiops.kpi.calc.ProductionKpis;
import io.kpiops.kpi.calc.QualityKpis;
import io.kpiops.kpi.calc.RtyResult;
import io.kpiops.kpi.calc.StageYield;
import io.kpiops.kpi.calc.Thresholds;
import io.kpiops.kpi.calc.WipAging;
import io.kpiops.kpi.calc.WipAgingResult;
import io.kpiops.kpi.OrderGathering.Delivery;
import io.kpiops.kpi.OrderGathering.Wip;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Hands gathered inputs to the pure core and shapes its results; no arithmetic of its own. */
final class KpiCalculator {

    /** What the rules need besides the inputs: levels per KPI, stage order, WIP bucket edges, the as-of date. */
    record Context(Map<Kpi, Thresholds> thresholds, List<String> stages, List<Integer> wipBucketEdges, LocalDate asOf,
            KpiFilter filter, Dimension by) {}

    private KpiCalculator() {}

    static Map<String, KpiValue> all(KpiInputs in, Context c) {
        Map<String, KpiValue> out = new LinkedHashMap<>();
        for (Kpi kpi : Kpi.values()) {
            KpiValue v = one(kpi, in, c);
            out.put(v.kpi(), v);
        }
        return out;
    }

    static KpiValue one(Kpi kpi, KpiInputs in, Context c) {
        Thresholds t = kpi.defaults() == null ? null : c.thresholds().getOrDefault(kpi, kpi.defaults());
        Family family = Family.of(kpi);
        List<String> notes = family.supports(c.filter(), c.by()) ? List.of() : List.of(family.unsupportedReason());
        return switch (kpi) {
            case AVAILABILITY -> plain(ProductionKpis.availability(in.production(), t), notes);
            case PERFORMANCE -> plain(ProductionKpis.performance(in.production(), t), notes);
            case QUALITY_RATE -> plain(ProductionKpis.qualityRate(in.production(), t), notes);
            case OEE -> plain(ProductionKpis.oee(in.production(), t), notes);
            case EFFICIENCY -> plain(ProductionKpis.efficiency(in.production(), t), notes);
            case THROUGHPUT -> plain(ProductionKpis.throughput(in.production()), notes);
            case PPM -> plain(QualityKpis.ppm(in.quality(), t), notes);
            case DPMO -> dpmo(QualityKpis.dpmo(in.quality(), t), notes);
            case FPY -> fpy(QualityKpis.fpy(in.quality(), c.stages(), t), notes);
            case RTY -> rty(QualityKpis.rty(in.quality(), c.stages(), t, threshold(c, Kpi.FPY)), notes);
            case OTD -> otd(OnTimeDelivery.otd(orders(in.deliveries()), in.otdFrom(), in.otdTo(), c.asOf(), t), notes);
            case TRUE_OTD -> otd(OnTimeDelivery.trueOtd(orders(in.deliveries()), in.otdFrom(), in.otdTo(), c.asOf(), t),
                    notes);
            case WIP_AGING -> wip(WipAging.compute(in.wips().stream().map(Wip::order).toList(), c.asOf(),
                    c.wipBucketEdges(), t), notes);
            case ABSENTEEISM -> plain(KpiResult.percent(Kpi.ABSENTEEISM, in.attendance(), t), notes);
        };
    }

    private static Thresholds threshold(Context c, Kpi kpi) {
        return c.thresholds().getOrDefault(kpi, kpi.defaults());
    }

    private static List<io.kpiops.kpi.calc.DeliveryOrder> orders(List<Delivery> deliveries) {
        return deliveries.stream().map(Delivery::order).toList();
    }

    private static KpiValue plain(KpiResult r, List<String> notes) {
        return KpiValue.of(r, null, notes);
    }

    private static KpiValue dpmo(DpmoResult r, List<String> notes) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("sigma_level", r.sigmaLevel() == null ? null : r.sigmaLevel().value());
        d.put("sigma_at_least_six", r.sigmaLevel() != null && r.sigmaLevel().atLeastSix());
        return KpiValue.of(r.dpmo(), d, notes);
    }

    private static KpiValue fpy(FpyResult r, List<String> notes) {
        return KpiValue.of(r.overall(), Map.of("stages", stages(r.stages())), notes);
    }

    private static KpiValue rty(RtyResult r, List<String> notes) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("stages", stages(r.stages()));
        d.put("worst_stage", r.worstStage());
        return KpiValue.of(r.rty(), d, notes);
    }

    private static List<Map<String, Object>> stages(List<StageYield> stages) {
        return stages.stream().map(s -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("stage", s.stage());
            m.put("fpy", s.fpy().value());
            m.put("units_passed_first_time", s.fpy().numerator());
            m.put("units_inspected", s.fpy().denominator());
            return m;
        }).toList();
    }

    private static KpiValue otd(OtdResult r, List<String> notes) {
        return KpiValue.of(r.otd(), Map.of("skipped_no_date", r.skippedNoDate()), notes);
    }

    private static KpiValue wip(WipAgingResult r, List<String> notes) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("buckets", r.buckets().stream().map(b -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("from_days", b.fromDays());
            m.put("to_days", b.toDays());
            m.put("count", b.count());
            return m;
        }).toList());
        d.put("oldest", r.oldest().stream().map(o -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("work_order", o.ref());
            m.put("age_days", o.ageDays());
            m.put("hold_days", o.holdDays());
            m.put("start_rule", o.startRule());
            return m;
        }).toList());
        return KpiValue.of(r.averageAge(), d, notes);
    }

    static BigDecimal exact(KpiResult r) {
        return r.exactValue();
    }
}
