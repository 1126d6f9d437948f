package io.kpiops.kpi;

import io.kpiops.kpi.KpiService.ClientScope;
import io.kpiops.kpi.KpiService.Request;
import io.kpiops.kpi.KpiViews.LineLosses;
import io.kpiops.kpi.KpiViews.Losses;
import io.kpiops.kpi.KpiViews.LossesView;
import io.kpiops.kpi.calc.LineReliability;
import io.kpiops.kpi.calc.SixBigLosses;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The six big losses in hours and MTBF / MTTR per line (KPI.md §3, derived measures). Our reading of the downtime
 * classes: setup = downtime of setup/changeover reasons; breakdowns = other unplanned downtime of MACHINE reasons;
 * small stops (idling and minor stoppages) = the other unplanned downtime; planned downtime is outside planned busy
 * time and no loss. Reduced speed = APT − ICT × PQ and reject hours = ICT × defects over entries with a cycle time;
 * entries record no start-up phase, so every reject is a production reject. A failure for MTBF / MTTR is one
 * unplanned, non-setup downtime record.
 */
@Service
class KpiLosses {

    private static final BigDecimal SIXTY = BigDecimal.valueOf(60);

    private final KpiService kpis;
    private final KpiSql sql;
    private final ProductionGathering production;
    private final DowntimeClasses classes;

    KpiLosses(KpiService kpis, KpiSql sql, ProductionGathering production, DowntimeClasses classes) {
        this.kpis = kpis;
        this.sql = sql;
        this.production = production;
        this.classes = classes;
    }

    /** Downtime hours of one line by class, and its failures. */
    private record Downtime(BigDecimal breakdowns, BigDecimal setup, BigDecimal smallStops, long failures,
            BigDecimal failureHours) {
        static final Downtime NONE = new Downtime(BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, 0, BigDecimal.ZERO);

        Downtime plus(Downtime o) {
            return new Downtime(breakdowns.add(o.breakdowns), setup.add(o.setup), smallStops.add(o.smallStops),
                    failures + o.failures, failureHours.add(o.failureHours));
        }
    }

    @Transactional(readOnly = true)
    LossesView losses(KpiFilter f) {
        Request r = kpis.request(f);
        SixBigLosses total = SixBigLosses.NONE;
        List<LineLosses> lines = new ArrayList<>();
        for (ClientScope c : r.clients()) {
            KpiFilter mine = f.forClient(c.client().id());
            Map<String, String> labels = new HashMap<>();
            ProductionGathering.LineTotals lineTotals = production.byLine(mine, c.settings(), labels);
            Map<String, SixBigLosses> speed = lineTotals.speedAndRejects();
            Map<String, BigDecimal> runTime = lineTotals.runTime();
            Map<String, Downtime> downtime = downtime(mine, c.settings().setupAsPlanned(), labels);
            Set<String> keys = new java.util.TreeSet<>(speed.keySet());
            keys.addAll(downtime.keySet());
            keys.addAll(runTime.keySet());
            for (String key : keys) {
                Downtime d = downtime.getOrDefault(key, Downtime.NONE);
                SixBigLosses line = new SixBigLosses(d.breakdowns(), d.setup(), d.smallStops(), BigDecimal.ZERO,
                        BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO).plus(speed.getOrDefault(key, SixBigLosses.NONE));
                LineReliability rel = LineReliability.of(labels.getOrDefault(key, key),
                        runTime.getOrDefault(key, BigDecimal.ZERO), d.failures(), d.failureHours());
                lines.add(new LineLosses(c.client().id(), key.equals("none") ? null : Long.valueOf(key), rel.line(),
                        Losses.of(line), rel.failures(), rel.runTimeHours().setScale(2, RoundingMode.HALF_EVEN),
                        rel.mtbfHours(), rel.mttrHours()));
                total = total.plus(line);
            }
        }
        return new LossesView(f.from(), f.to(), Losses.of(total), lines);
    }

    private Map<String, Downtime> downtime(KpiFilter f, boolean setupAsPlanned, Map<String, String> labels) {
        Set<Long> planned = new HashSet<>(classes.plannedReasons(f.client(), setupAsPlanned));
        Map<String, Object> params = new HashMap<>();
        params.put("client", f.client());
        params.put("from", f.from());
        params.put("to", f.to());
        StringBuilder c = new StringBuilder();
        if (f.shiftId() != null) {
            c.append(" AND d.shift_id = :shift");
            params.put("shift", f.shiftId());
        }
        if (f.lineId() != null) {
            c.append(" AND d.line_id = :line");
            params.put("line", f.lineId());
        }
        if (f.workOrderId() != null) {
            c.append(" AND d.work_order_id = :work_order");
            params.put("work_order", f.workOrderId());
        }
        Map<String, Downtime> byLine = new LinkedHashMap<>();
        sql.query("""
                SELECT d.line_id, MAX(l.name) AS line_name, d.reason_id, r.category, r.setup, COUNT(*) AS n,
                       SUM(d.duration_minutes) AS minutes
                FROM downtime_entries d JOIN downtime_reasons r ON r.id = d.reason_id
                LEFT JOIN production_lines l ON l.id = d.line_id
                WHERE d.client_id = :client AND d.deleted_at IS NULL AND d.shift_date BETWEEN :from AND :to %s
                GROUP BY d.line_id, d.reason_id, r.category, r.setup
                """.formatted(c), params, (rs, i) -> {
            Long line = KpiSql.nullableLong(rs, "line_id");
            String key = line == null ? "none" : line.toString();
            if (rs.getString("line_name") != null) {
                labels.putIfAbsent(key, rs.getString("line_name"));
            }
            BigDecimal hours = BigDecimal.valueOf(KpiSql.whole(rs, "minutes")).divide(SIXTY, MathContext.DECIMAL128);
            long n = rs.getLong("n");
            Downtime d;
            if (rs.getBoolean("setup")) {
                d = new Downtime(BigDecimal.ZERO, hours, BigDecimal.ZERO, 0, BigDecimal.ZERO);
            } else if (planned.contains(rs.getLong("reason_id"))) {
                d = Downtime.NONE;
            } else if ("MACHINE".equals(rs.getString("category"))) {
                d = new Downtime(hours, BigDecimal.ZERO, BigDecimal.ZERO, n, hours);
            } else {
                d = new Downtime(BigDecimal.ZERO, BigDecimal.ZERO, hours, n, hours);
            }
            byLine.merge(key, d, Downtime::plus);
            return null;
        });
        return byLine;
    }
}
