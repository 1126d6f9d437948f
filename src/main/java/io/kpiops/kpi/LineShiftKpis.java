package io.kpiops.kpi;

import io.kpiops.kpi.KpiDrillDowns.ParetoView;
import io.kpiops.kpi.KpiViews.KpiValue;
import io.kpiops.kpi.calc.Kpi;
import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;

/**
 * The engine's public read face for one line over one production day (and optionally one shift): OEE with its three
 * factors and the units behind them, and the day's downtime reasons. Used by the shop-floor TV; the numbers are the
 * KPI API's own (same pooling, inference and targets), and the caller's tenant scope applies as there.
 */
@Service
public class LineShiftKpis {

    private static final BigDecimal SIXTY = BigDecimal.valueOf(60);
    private static final List<Kpi> FACTORS = List.of(Kpi.OEE, Kpi.AVAILABILITY, Kpi.PERFORMANCE, Kpi.QUALITY_RATE);

    private final KpiService kpis;
    private final KpiDrillDowns drillDowns;

    LineShiftKpis(KpiService kpis, KpiDrillDowns drillDowns) {
        this.kpis = kpis;
        this.drillDowns = drillDowns;
    }

    /** One KPI value (percent, 2 dp; null when there is no data), its status colour code and its target. */
    @Schema(name = "OeeFigure")
    public record Figure(BigDecimal value, String status, BigDecimal target) {
        static Figure of(KpiValue v) {
            return new Figure(v.value(), v.status(), v.target() == null ? null : v.target().target());
        }
    }

    /**
     * OEE and its factors; units produced and good first time are the quality rate's denominator and numerator; the
     * confidence is OEE's (below 1 when an input was inferred).
     */
    @Schema(name = "LineOee")
    public record Oee(Figure oee, Figure availability, Figure performance, Figure quality, long unitsProduced,
            long goodUnits, BigDecimal confidence) {}

    /** Minutes of downtime of one reason. */
    @Schema(name = "DowntimeReasonMinutes")
    public record ReasonMinutes(String code, String name, BigDecimal minutes) {}

    public Oee oee(long clientId, LocalDate day, Long shiftId, long lineId) {
        Map<Kpi, KpiValue> v = kpis.some(new KpiFilter(List.of(clientId), day, day, shiftId, lineId, null, null), FACTORS);
        KpiValue quality = v.get(Kpi.QUALITY_RATE);
        return new Oee(Figure.of(v.get(Kpi.OEE)), Figure.of(v.get(Kpi.AVAILABILITY)), Figure.of(v.get(Kpi.PERFORMANCE)),
                Figure.of(quality), whole(quality.denominator()), whole(quality.numerator()), v.get(Kpi.OEE).confidence());
    }

    /** The downtime reasons of the line on the day, most minutes first, at most {@code limit}. */
    public List<ReasonMinutes> downtimeReasons(long clientId, LocalDate day, long lineId, int limit) {
        ParetoView p = drillDowns.downtimePareto(new KpiFilter(List.of(clientId), day, day, null, lineId, null, null));
        return p.bars().stream().limit(limit)
                .map(b -> new ReasonMinutes(b.category(), b.label(),
                        b.total().multiply(SIXTY, MathContext.DECIMAL128).setScale(0, RoundingMode.HALF_EVEN)))
                .toList();
    }

    private static long whole(BigDecimal value) {
        return value == null ? 0 : value.setScale(0, RoundingMode.HALF_EVEN).longValueExact();
    }
}
