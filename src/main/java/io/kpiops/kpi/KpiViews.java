package io.kpiops.kpi;

import io.kpiops.clients.KpiSettings;
import io.kpiops.kpi.calc.Forecast;
import io.kpiops.kpi.calc.InferredInput;
import io.kpiops.kpi.calc.KpiResult;
import io.kpiops.kpi.calc.SixBigLosses;
import io.kpiops.kpi.calc.Thresholds;
import io.kpiops.kpi.calc.TrendAnalysis;
import io.kpiops.kpi.calc.TrendPoint;
import com.fasterxml.jackson.annotation.JsonIgnore;
import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The JSON shapes of the KPI API (KPI.md §1.5: every number says how it was made). */
public final class KpiViews {

    private KpiViews() {}

    public record Levels(BigDecimal target, BigDecimal warning, BigDecimal critical) {
        static Levels of(Thresholds t) {
            return t == null ? null : new Levels(t.target(), t.warning(), t.critical());
        }
    }

    public record Inferred(String input, String rule, long records, BigDecimal confidence) {
        static Inferred of(InferredInput i) {
            return new Inferred(i.input(), i.rule(), i.recordCount(), i.confidence());
        }
    }

    @Schema(description = "One KPI over one scope: value (rounded), the unrounded pooled numerator and denominator, the "
            + "records behind it, the levels in force and the status colour, confidence of the inputs and which were "
            + "inferred; details holds what a KPI adds (sigma level, stage yields, skipped orders, age buckets …)")
    public record KpiValue(String kpi, BigDecimal value, String unit, BigDecimal numerator, BigDecimal denominator,
            long recordCount, Levels target, String status, BigDecimal confidence, BigDecimal minConfidence,
            List<Inferred> inferred, BigDecimal inferredShare, List<String> warnings, Map<String, Object> details,
            @JsonIgnore @Schema(hidden = true) BigDecimal exactValue) {

        static KpiValue of(KpiResult r, Map<String, Object> details, List<String> moreWarnings) {
            List<String> warnings = new java.util.ArrayList<>(r.warnings());
            warnings.addAll(moreWarnings);
            return new KpiValue(r.kpi().name().toLowerCase(Locale.ROOT), r.value(), r.unit(), r.numerator(),
                    r.denominator(), r.recordCount(), Levels.of(r.target()), r.status() == null ? null : r.status().code(),
                    r.confidence(), r.minConfidence(), r.inferred().stream().map(Inferred::of).toList(),
                    r.inferredShare(), warnings, details, r.exactValue());
        }
    }

    public record Filters(Long shiftId, Long lineId, Long productId, Long workOrderId) {
        static Filters of(KpiFilter f) {
            return new Filters(f.shiftId(), f.lineId(), f.productId(), f.workOrderId());
        }
    }

    @Schema(description = "The KPIs of one client, or of several pooled (client_id null), with the settings in force")
    public record ClientKpis(Long clientId, String clientCode, String clientName, KpiSettings settings,
            Map<String, KpiValue> kpis) {}

    public record Summary(LocalDate from, LocalDate to, LocalDate asOf, Filters filters, List<ClientKpis> clients,
            ClientKpis total) {}

    public record Group(String key, String label, KpiValue result) {}

    public record Grouped(String kpi, String groupBy, LocalDate from, LocalDate to, LocalDate asOf, Filters filters,
            List<Group> groups, KpiValue total, Map<Long, KpiSettings> settings) {}

    public record Point(LocalDate period, BigDecimal value) {
        static Point of(TrendPoint p) {
            return new Point(p.period(), p.roundedValue());
        }
    }

    public record Direction(String direction, BigDecimal slope, BigDecimal pValue, BigDecimal fittedChange, int points) {
        static Direction of(TrendAnalysis a) {
            return new Direction(a.direction().code(), a.slope(), a.pValue(), a.fittedChange(), a.points());
        }
    }

    public record Trend(String kpi, String granularity, LocalDate from, LocalDate to, Filters filters, List<Point> series,
            Direction trend, Forecast forecast, KpiValue total) {}

    public record ParetoBar(String category, String label, BigDecimal total, BigDecimal sharePercent,
            BigDecimal cumulativePercent) {}

    public record ParetoView(String measure, LocalDate from, LocalDate to, BigDecimal total, long recordCount,
            List<ParetoBar> bars) {}

    public record OrderOtd(long clientId, String workOrder, String product, LocalDate promisedDate, String promisedRule,
            LocalDate deliveredDate, boolean onTime, boolean onTimeInFull) {}

    public record OtdOrders(LocalDate from, LocalDate to, LocalDate asOf, List<OrderOtd> orders, List<String> skippedNoDate) {}

    public record OrderAge(long clientId, String workOrder, String product, long ageDays, long holdDays, String startRule) {}

    public record WipOrders(LocalDate asOf, List<OrderAge> orders) {}

    public record HoldAge(long clientId, String workOrder, String reason, LocalDate heldDate, long ageDays) {}

    public record HoldsAging(LocalDate asOf, List<HoldAge> holds) {}

    public record EmployeeBradford(long clientId, String employee, String name, Long value, int spells, int days, String band) {}

    public record BradfordView(LocalDate asOf, Map<Long, Integer> windowWeeks, List<EmployeeBradford> employees) {}

    public record Losses(BigDecimal breakdownsHours, BigDecimal setupHours, BigDecimal smallStopsHours,
            BigDecimal reducedSpeedHours, BigDecimal startupRejectsHours, BigDecimal productionRejectsHours) {
        static Losses of(SixBigLosses l) {
            List<BigDecimal> h = l.roundedHours();
            return new Losses(h.get(0), h.get(1), h.get(2), h.get(3), h.get(4), h.get(5));
        }
    }

    public record LineLosses(long clientId, Long lineId, String line, Losses losses, long failures, BigDecimal runTimeHours,
            BigDecimal mtbfHours, BigDecimal mttrHours) {}

    public record LossesView(LocalDate from, LocalDate to, Losses total, List<LineLosses> lines) {}
}
