package io.kpiops.kpi;

/**
 * The SQL behind the production KPIs. {@link #ENTRY} is one row per production entry with its time model worked out
 * in whole minutes and centi-hours (exact on every database): shift length from the shift definition and its breaks,
 * matched planned and unplanned downtime, and the inference class of each input (KPI.md §5, §7):
 * run_class G entered / D PBT − UDT / P PBT; crew_class A assigned / P present / H from history or default;
 * has_std 1 when the product has a standard ideal cycle time (else best demonstrated rate or default).
 * <p>
 * A downtime record belongs to the entries of its production day and shift with the same work order (KPI.md §7), or,
 * when it has no work order, to the entries on its line. When the record names a line as well as an order, it belongs
 * to that order's entry on that line: an order that runs on two lines in one shift gets each line's downtime on that
 * line's entry, not both on each. The window's downtime is summed once per day, shift, order and line ({@code dt})
 * and joined four ways, one or two of which apply to each entry.
 * Names (products, lines, orders, shifts) are not read here: rows carry ids, and the gatherer names the few it shows.
 */
final class ProductionSql {

    private ProductionSql() {}

    /** The window's downtime per production day, shift, work order and line (either may be null). */
    private static final String DOWNTIME = """
            WITH dt AS (
                SELECT d.shift_date, d.shift_id, d.work_order_id AS wo, d.line_id AS line, COUNT(*) AS records,
                       SUM(CASE WHEN d.reason_id IN (:planned) THEN d.duration_minutes ELSE 0 END) AS planned_min,
                       SUM(CASE WHEN d.reason_id IN (:planned) THEN 0 ELSE d.duration_minutes END) AS unplanned_min
                FROM downtime_entries d
                WHERE d.client_id = :client AND d.deleted_at IS NULL AND d.shift_date BETWEEN :dfrom AND :dto
                  AND (d.work_order_id IS NOT NULL OR d.line_id IS NOT NULL)
                GROUP BY d.shift_date, d.shift_id, d.work_order_id, d.line_id)
            """;

    private static final String ORDER_TOTALS = """
            SELECT shift_date, shift_id, wo, SUM(records) AS records, SUM(planned_min) AS planned_min,
                   SUM(unplanned_min) AS unplanned_min
            FROM dt WHERE wo IS NOT NULL GROUP BY shift_date, shift_id, wo""";

    /** The sum of one downtime column over the four matches (only the applicable ones are non-null). */
    private static String matched(String column) {
        return "(COALESCE(dwl.%1$s, 0) + COALESCE(dwn.%1$s, 0) + COALESCE(dwa.%1$s, 0) + COALESCE(dnl.%1$s, 0))"
                .formatted(column);
    }

    /** One row per entry; %1$s is an extra condition on p, %2$s the group column expression (g). */
    static final String ENTRY = """
            SELECT p.shift_date, p.shift_id, p.line_id, p.work_order_id, p.product_id, %2$s AS g,
                   p.units_produced AS pq, p.defect_count AS dq,
                   sh.end_minute - sh.start_minute + CASE WHEN sh.end_minute <= sh.start_minute THEN 1440 ELSE 0 END
                       - COALESCE(br.minutes, 0) - PLANNED AS pbt_min,
                   UNPLANNED AS udt_min,
                   CASE WHEN p.run_time_hours IS NOT NULL THEN 'G' WHEN RECORDS > 0 THEN 'D' ELSE 'P' END AS run_class,
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
            LEFT JOIN (SELECT shift_id, SUM(duration_minutes) AS minutes FROM shift_breaks GROUP BY shift_id) br
                ON br.shift_id = p.shift_id
            LEFT JOIN dt dwl ON dwl.shift_date = p.shift_date AND dwl.shift_id = p.shift_id
                AND dwl.wo = p.work_order_id AND dwl.line = p.line_id
            LEFT JOIN dt dwn ON dwn.shift_date = p.shift_date AND dwn.shift_id = p.shift_id
                AND dwn.wo = p.work_order_id AND dwn.line IS NULL AND p.line_id IS NOT NULL
            LEFT JOIN (ORDER_TOTALS) dwa ON dwa.shift_date = p.shift_date AND dwa.shift_id = p.shift_id
                AND dwa.wo = p.work_order_id AND p.line_id IS NULL
            LEFT JOIN dt dnl ON dnl.shift_date = p.shift_date AND dnl.shift_id = p.shift_id
                AND dnl.line = p.line_id AND dnl.wo IS NULL
            WHERE p.client_id = :client AND p.deleted_at IS NULL AND p.shift_date BETWEEN :from AND :to %1$s
            """.replace("UNPLANNED", matched("unplanned_min")).replace("PLANNED", matched("planned_min"))
            .replace("RECORDS", matched("records")).replace("ORDER_TOTALS", ORDER_TOTALS);

    /** The entries of the scope pooled per group and inference class. */
    static String groups(String conditions, String groupColumn) {
        return DOWNTIME + """
                SELECT e.g, e.product_id, e.line_id, e.work_order_id,
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
                GROUP BY e.g, e.product_id, e.line_id, e.work_order_id,
                         e.run_class, e.crew_class, e.has_std, e.std_ict, e.hday, e.hshift
                """.formatted(ENTRY.formatted(conditions, groupColumn));
    }

    /** One row per entry (resolved run time and units) of one product, for its best demonstrated rate. */
    static String productHistory() {
        return DOWNTIME + """
                SELECT e.shift_date, e.pq, e.run_class, e.run_centi, e.pbt_min, e.udt_min
                FROM (%s) e WHERE e.pq > 0
                """.formatted(ENTRY.formatted("AND p.product_id = :product", "0"));
    }

    /** Daily Σ and count of employees_assigned of one line and shift, for the 30-day crew average. */
    static final String CREW_HISTORY = """
            SELECT p.shift_date, SUM(p.employees_assigned) AS assigned, COUNT(*) AS n
            FROM production_entries p
            WHERE p.client_id = :client AND p.deleted_at IS NULL AND p.line_id = :line AND p.shift_id = :shift
              AND p.employees_assigned > 0 AND p.shift_date BETWEEN :from AND :to
            GROUP BY p.shift_date
            """;
}
