package io.kpiops.kpi;

import io.kpiops.clients.KpiSettings;
import io.kpiops.kpi.calc.QualityKpis;
import io.kpiops.kpi.calc.QualityRecord;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Gathers quality entries as sums per group, inspection stage and part (a {@link QualityRecord} may hold a group's
 * sums): PPM, DPMO, FPY and RTY pool plain sums, nothing is inferred. Quality entries carry no line, so a line filter
 * or a line grouping leaves them out (the service says so in a warning).
 */
@Component
class QualityGathering {

    private final KpiSql sql;

    QualityGathering(KpiSql sql) {
        this.sql = sql;
    }

    static boolean supports(KpiFilter f, Dimension by) {
        return f.lineId() == null && by != Dimension.LINE;
    }

    Map<String, List<QualityRecord>> gather(KpiFilter f, Dimension by, KpiSettings settings, Map<String, String> labels) {
        Map<String, List<QualityRecord>> groups = new LinkedHashMap<>();
        if (!supports(f, by)) {
            return groups;
        }
        Map<String, Object> params = new HashMap<>();
        params.put("client", f.client());
        params.put("from", f.from());
        params.put("to", f.to());
        StringBuilder conditions = new StringBuilder();
        condition(conditions, params, "q.shift_id", "shift", f.shiftId());
        condition(conditions, params, "q.product_id", "product", f.productId());
        condition(conditions, params, "q.work_order_id", "work_order", f.workOrderId());
        String g = switch (by == null ? Dimension.CLIENT : by) {
            case DAY, WEEK, MONTH -> "q.shift_date";
            case SHIFT -> "q.shift_id";
            case PRODUCT -> "q.product_id";
            case WORK_ORDER -> "q.work_order_id";
            default -> "0";
        };
        // sums first, names after: only the groups' rows are joined to their product (code, opportunities) and, when
        // grouped by shift or work order, to the label of the group
        String label = switch (by == null ? Dimension.CLIENT : by) {
            case SHIFT -> "(SELECT sh.name FROM shifts sh WHERE sh.id = s.g)";
            case WORK_ORDER -> "(SELECT wo.number FROM work_orders wo WHERE wo.id = s.g)";
            default -> "NULL";
        };
        String query = """
                SELECT s.g, %4$s AS label, s.inspection_stage, s.product_id, pr.code AS product_code,
                       pr.defect_opportunities, s.n, s.inspected, s.defective, s.passed, s.defects
                FROM (SELECT %1$s AS g, q.inspection_stage, q.product_id, COUNT(*) AS n,
                             SUM(q.units_inspected) AS inspected, SUM(q.units_defective) AS defective,
                             SUM(q.units_passed_first_time) AS passed, SUM(q.total_defects) AS defects
                      FROM quality_entries q
                      WHERE q.client_id = :client AND q.deleted_at IS NULL AND q.shift_date BETWEEN :from AND :to %2$s
                      GROUP BY %3$sq.inspection_stage, q.product_id) s
                JOIN products pr ON pr.id = s.product_id
                """.formatted(g, conditions, g.equals("0") ? "" : g + ", ", label);
        sql.query(query, params, (rs, i) -> {
            String key = ProductionGathering.groupKey(by, rs);
            long n = rs.getLong("n");
            Integer partOpportunities = rs.getObject("defect_opportunities") == null ? null : rs.getInt("defect_opportunities");
            long opportunities = QualityKpis.opportunities(partOpportunities, settings.defaultDpmoOpportunities());
            QualityRecord record = new QualityRecord(rs.getString("inspection_stage"), rs.getString("product_code"),
                    KpiSql.whole(rs, "inspected"), KpiSql.whole(rs, "defective"), KpiSql.whole(rs, "passed"),
                    KpiSql.whole(rs, "defects"), opportunities, n);
            groups.computeIfAbsent(key, k -> new ArrayList<>()).add(record);
            String name = by == Dimension.PRODUCT ? rs.getString("product_code") : rs.getString("label");
            if (name != null) {
                labels.putIfAbsent(key, name);
            }
            return null;
        });
        return groups;
    }

    private static void condition(StringBuilder conditions, Map<String, Object> params, String column, String name, Long value) {
        if (value != null) {
            conditions.append(" AND ").append(column).append(" = :").append(name);
            params.put(name, value);
        }
    }
}
