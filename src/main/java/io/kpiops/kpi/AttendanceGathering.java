package io.kpiops.kpi;

import io.kpiops.clients.KpiSettings;
import io.kpiops.kpi.calc.Tally;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Gathers absenteeism (KPI.md §3 #12) as sums per group and per class of record — absence type, entered absence
 * hours or not, absent or short — so the absence-hours rule applies to each class as it would to each record:
 * entered hours; else scheduled − actual (never below 0, a missing actual is 0) when absent or actual &lt; scheduled;
 * else 0; non-counted types add 0. Hours are summed in centi-hours, exact on every database. Attendance has no
 * product or work order, so such a filter or grouping leaves it out; a line means the employee's line.
 */
@Component
class AttendanceGathering {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final KpiSql sql;

    AttendanceGathering(KpiSql sql) {
        this.sql = sql;
    }

    static boolean supports(KpiFilter f, Dimension by) {
        return f.productId() == null && f.workOrderId() == null && by != Dimension.PRODUCT && by != Dimension.WORK_ORDER;
    }

    /** Σ absence hours ÷ Σ scheduled hours per group, as tallies (nothing is inferred). */
    Map<String, Tally> gather(KpiFilter f, Dimension by, KpiSettings settings, Map<String, String> labels) {
        Map<String, Tally> groups = new LinkedHashMap<>();
        if (!supports(f, by)) {
            return groups;
        }
        Map<String, Object> params = new HashMap<>();
        params.put("client", f.client());
        params.put("from", f.from());
        params.put("to", f.to());
        StringBuilder conditions = new StringBuilder();
        if (f.shiftId() != null) {
            conditions.append(" AND a.shift_id = :shift");
            params.put("shift", f.shiftId());
        }
        if (f.lineId() != null) {
            conditions.append(" AND e.line_id = :line");
            params.put("line", f.lineId());
        }
        String g = switch (by == null ? Dimension.CLIENT : by) {
            case DAY, WEEK, MONTH -> "a.shift_date";
            case SHIFT -> "a.shift_id";
            case LINE -> "e.line_id";
            default -> "0";
        };
        // sums first, names after; the employee is read only for its line (a line filter or grouping), since every
        // record has an employee and a shift
        String label = switch (by == null ? Dimension.CLIENT : by) {
            case SHIFT -> "(SELECT sh.name FROM shifts sh WHERE sh.id = s.g)";
            case LINE -> "(SELECT l.name FROM production_lines l WHERE l.id = s.g)";
            default -> "NULL";
        };
        boolean employees = f.lineId() != null || by == Dimension.LINE;
        String query = """
                SELECT s.*, %4$s AS label
                FROM (SELECT %1$s AS g, a.absence_type, a.is_absent,
                             CASE WHEN a.absence_hours IS NOT NULL THEN 1 ELSE 0 END AS entered,
                             CASE WHEN a.actual_hours IS NOT NULL AND a.actual_hours < a.scheduled_hours THEN 1 ELSE 0 END
                                 AS short,
                             COUNT(*) AS n, SUM(ROUND(a.scheduled_hours * 100)) AS scheduled,
                             SUM(COALESCE(ROUND(a.absence_hours * 100), 0)) AS entered_absence,
                             SUM(CASE WHEN a.scheduled_hours - COALESCE(a.actual_hours, 0) > 0
                                      THEN ROUND(a.scheduled_hours * 100) - COALESCE(ROUND(a.actual_hours * 100), 0)
                                      ELSE 0 END) AS gap
                      FROM attendance_entries a %5$s
                      WHERE a.client_id = :client AND a.deleted_at IS NULL AND a.shift_date BETWEEN :from AND :to %2$s
                      GROUP BY %3$sa.absence_type, a.is_absent,
                               CASE WHEN a.absence_hours IS NOT NULL THEN 1 ELSE 0 END,
                               CASE WHEN a.actual_hours IS NOT NULL AND a.actual_hours < a.scheduled_hours
                                    THEN 1 ELSE 0 END) s
                """.formatted(g, conditions, g.equals("0") ? "" : g + ", ", label,
                employees ? "JOIN employees e ON e.id = a.employee_id" : "");
        sql.query(query, params, (rs, i) -> {
            String key = ProductionGathering.groupKey(by, rs);
            String type = rs.getString("absence_type");
            boolean counted = type == null || settings.countedAbsenceTypes().contains(type);
            long absence = !counted ? 0
                    : rs.getInt("entered") == 1 ? KpiSql.whole(rs, "entered_absence")
                    : rs.getBoolean("is_absent") || rs.getInt("short") == 1 ? KpiSql.whole(rs, "gap") : 0;
            Tally t = Tally.exactSums(centi(absence), centi(KpiSql.whole(rs, "scheduled")), rs.getLong("n"));
            groups.merge(key, t, Tally::plus);
            String name = rs.getString("label");
            if (name != null) {
                labels.putIfAbsent(key, name);
            }
            return null;
        });
        return groups;
    }

    private static BigDecimal centi(long value) {
        return BigDecimal.valueOf(value).divide(HUNDRED, MathContext.DECIMAL128);
    }
}
