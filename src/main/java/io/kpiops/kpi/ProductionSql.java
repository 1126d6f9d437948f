package io.kpiops.kpi;

/**
 * The SQL behind the production KPIs. {@link #ENTRY} is one row per production entry with its time model worked out
 * in whole minutes and centi-hours (exact on every database): shift length from the shift definition and its breaks,
 * matched planned and unplanned downtime, and the inference class of each input (KPI.md §5, §7):
 * run_class G entered / D PBT − UDT / P PBT; crew_class A assigned / P present / H from history or default;
 * has_std 1 when the product has a standard ideal cycle time (else best demonstrated rate or default).
 * A downtime record is matched by production day, shift and work order, or, without a work order, by line.
 */
final class ProductionSql {

    private ProductionSql() {}

    private static final String DOWNTIME = """
            SELECT d.shift_date, d.shift_id, %1$s AS dkey, COUNT(*) AS records,
                   SUM(CASE WHEN d.reason_id IN (:planned) THEN d.duration_minutes ELSE 0 END) AS planned_min,
                   SUM(CASE WHEN d.reason_id IN (:planned) THEN 0 ELSE d.duration_minutes END) AS unplanned_min
            FROM downtime_entries d
            WHERE d.client_id = :client AND d.deleted_at IS NULL AND d.shift_date BETWEEN :dfrom AND :dto AND %2$s
            GROUP BY d.shift_date, d.shift_id, %1$s
            """;

    /** One row per entry; %s is an extra condition on p, and the group column expression (g). */
    static final String ENTRY = """
            SELECT p.shift_date, p.shift_id, p.line_id, p.work_order_id, p.product_id, %2$s AS g,
                   sh.name AS shift_name, l.name AS line_name, pr.code AS product_code, wo.number AS wo_number,
                   p.units_produced AS pq, p.defect_count AS dq,
                   sh.end_minute - sh.start_minute + CASE WHEN sh.end_minute <= sh.start_minute THEN 1440 ELSE 0 END
                       - COALESCE(br.minutes, 0) - COALESCE(dw.planned_min, dl.planned_min, 0) AS pbt_min,
                   COALESCE(dw.unplanned_min, dl.unplanned_min, 0) AS udt_min,
                   CASE WHEN p.run_time_hours IS NOT NULL THEN 'G'
                        WHEN COALESCE(dw.records, dl.records, 0) > 0 THEN 'D' ELSE 'P' END AS run_class,
                   COALESCE(ROUND(p.run_time_hours * 100), 0) AS run_centi,
                   CASE WHEN p.employees_assigned > 0 THEN 'A' WHEN p.employees_present > 0 THEN 'P' ELSE 'H' END
                       AS crew_class,
                   CASE WHEN p.employees_assigned > 0 THEN p.employees_assigned
                        WHEN p.employees_present > 0 THEN p.employees_present ELSE 0 END AS crew,
                   CASE WHEN pr.ideal_cycle_time_hours > 0 THEN 1 ELSE 0 END AS has_std,
                   pr.ideal_cycle_time_hours AS std_ict
            FROM production_entries p
            JOIN shifts sh ON sh.id = p.shift_id
            JOIN products pr ON pr.id = p.product_id
            LEFT JOIN production_lines l ON l.id = p.line_id
            LEFT JOIN work_orders wo ON wo.id = p.work_order_id
            LEFT JOIN (SELECT shift_id, SUM(duration_minutes) AS minutes FROM shift_breaks GROUP BY shift_id) br
                ON br.shift_id = p.shift_id
            LEFT JOIN (%3$s) dw ON p.work_order_id IS NOT NULL AND dw.dkey = p.work_order_id
                AND dw.shift_date = p.shift_date AND dw.shift_id = p.shift_id
            LEFT JOIN (%4$s) dl ON p.work_order_id IS NULL AND dl.dkey = p.line_id
                AND dl.shift_date = p.shift_date AND dl.shift_id = p.shift_id
            WHERE p.client_id = :client AND p.deleted_at IS NULL AND p.shift_date BETWEEN :from AND :to %1$s
            """;

    /** The entries of the scope pooled per group and inference class. */
    static String groups(String conditions, String groupColumn) {
        return """
                SELECT e.g, e.shift_name, e.line_name, e.product_code, e.wo_number, e.product_id, e.line_id,
                       e.run_class, e.crew_class, e.has_std, e.std_ict, e.hday, e.hshift,
                       COUNT(*) AS n, SUM(e.pq) AS pq, SUM(e.dq) AS dq, SUM(e.pbt_min) AS pbt_min,
                       SUM(CASE e.run_class WHEN 'G' THEN e.run_centi ELSE 0 END) AS apt_centi,
                       SUM(CASE e.run_class WHEN 'D' THEN e.pbt_min - e.udt_min WHEN 'P' THEN e.pbt_min ELSE 0 END)
                           AS apt_min,
                       SUM(e.crew * e.pbt_min) AS crew_pbt_min
                FROM (SELECT x.*,
                             CASE WHEN x.has_std = 0 OR x.crew_class = 'H' THEN x.shift_date END AS hday,
                             CASE WHEN x.crew_class = 'H' THEN x.shift_id END AS hshift
                      FROM (%s) x) e
                GROUP BY e.g, e.shift_name, e.line_name, e.product_code, e.wo_number, e.product_id, e.line_id,
                         e.run_class, e.crew_class, e.has_std, e.std_ict, e.hday, e.hshift
                """.formatted(entries(conditions, groupColumn));
    }

    /** One row per entry (resolved run time and units) of one product, for its best demonstrated rate. */
    static String productHistory() {
        return """
                SELECT e.shift_date, e.pq, e.run_class, e.run_centi, e.pbt_min, e.udt_min
                FROM (%s) e WHERE e.pq > 0
                """.formatted(entries("AND p.product_id = :product", "0"));
    }

    /** Daily Σ and count of employees_assigned of one line and shift, for the 30-day crew average. */
    static final String CREW_HISTORY = """
            SELECT p.shift_date, SUM(p.employees_assigned) AS assigned, COUNT(*) AS n
            FROM production_entries p
            WHERE p.client_id = :client AND p.deleted_at IS NULL AND p.line_id = :line AND p.shift_id = :shift
              AND p.employees_assigned > 0 AND p.shift_date BETWEEN :from AND :to
            GROUP BY p.shift_date
            """;

    static String entries(String conditions, String groupColumn) {
        return ENTRY.formatted(conditions, groupColumn,
                DOWNTIME.formatted("d.work_order_id", "d.work_order_id IS NOT NULL"),
                DOWNTIME.formatted("d.line_id", "d.work_order_id IS NULL AND d.line_id IS NOT NULL"));
    }
}
