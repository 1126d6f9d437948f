package io.kpiops.kpi;

/**
 * The SQL behind the production KPIs. {@link #ENTRY} is one row per production entry with its time model worked out
 * in whole minutes and centi-hours (exact on every database): shift length from the shift definition and its breaks,
 * matched planned and unplanned downtime, and the inference class of each input (KPI.md §5, §7):
 * run_class G entered / D PBT − UDT / P PBT; crew_class A assigned / P present / H from history or default;
 * has_std 1 when the product has a standard ideal cycle time (else best demonstrated rate or default).
 * <p>
 * The downtime matched to an entry (KPI.md §7) is kept with the entry by {@code io.kpiops.matching.MatchedDowntime}
 * (ADR 0010): record count and minutes of planned, setup / changeover and unplanned reasons. Setup minutes are planned
 * when the client counts setup as planned ({@code :setup_planned} 1), else unplanned; so a window's entries are read
 * without touching its downtime.
 * Names (products, lines, orders, shifts) are not read here: rows carry ids, and the gatherer names the few it shows.
 */
final class ProductionSql {

    private ProductionSql() {}

    /** Matched planned downtime minutes of entry p: setup counts when the client says so. */
    private static final String PLANNED =
            "(p.matched_planned_minutes + CASE WHEN :setup_planned = 1 THEN p.matched_setup_minutes ELSE 0 END)";
    /** Matched unplanned downtime minutes of entry p: setup counts unless the client counts it as planned. */
    private static final String UNPLANNED =
            "(p.matched_unplanned_minutes + CASE WHEN :setup_planned = 1 THEN 0 ELSE p.matched_setup_minutes END)";

    /** The product's standard cycle time (pr) and, for shift sh, its breaks' minutes (br): joined to p by id. */
    private static final String CATALOG = """
                   CASE WHEN pr.ideal_cycle_time_hours > 0 THEN 1 ELSE 0 END AS has_std,
                   pr.ideal_cycle_time_hours AS std_ict
            FROM %s p
            JOIN shifts sh ON sh.id = p.shift_id
            JOIN products pr ON pr.id = p.product_id
            LEFT JOIN (SELECT shift_id, SUM(duration_minutes) AS minutes FROM shift_breaks GROUP BY shift_id) br
                ON br.shift_id = p.shift_id
            """;

    /** A shift's length net of its breaks, in minutes (sh and br of {@link #CATALOG}). */
    private static final String NET_SHIFT = "(sh.end_minute - sh.start_minute"
            + " + CASE WHEN sh.end_minute <= sh.start_minute THEN 1440 ELSE 0 END - COALESCE(br.minutes, 0))";

    /** One row per entry; %1$s is an extra condition on p, %2$s the group column expression (g). */
    static final String ENTRY = """
            SELECT p.shift_date, p.shift_id, p.line_id, p.work_order_id, p.product_id, %2$s AS g,
                   p.units_produced AS pq, p.defect_count AS dq,
                   NET_SHIFT - PLANNED AS pbt_min,
                   UNPLANNED AS udt_min,
                   CASE WHEN p.run_time_hours IS NOT NULL THEN 'G' WHEN p.matched_downtime_records > 0 THEN 'D' ELSE 'P' END
                       AS run_class,
                   COALESCE(ROUND(p.run_time_hours * 100), 0) AS run_centi,
                   CASE WHEN p.employees_assigned > 0 THEN 'A' WHEN p.employees_present > 0 THEN 'P' ELSE 'H' END
                       AS crew_class,
                   CASE WHEN p.employees_assigned > 0 THEN p.employees_assigned
                        WHEN p.employees_present > 0 THEN p.employees_present ELSE 0 END AS crew,
            CATALOG
            WHERE p.client_id = :client AND p.deleted_at IS NULL AND p.shift_date BETWEEN :from AND :to %1$s
            """.replace("CATALOG", CATALOG.formatted("production_entries")).replace("NET_SHIFT", NET_SHIFT)
            .replace("UNPLANNED", UNPLANNED).replace("PLANNED", PLANNED);

    /**
     * As {@link #ENTRY}, from the daily roll-up (V23, ADR 0018): one row per roll-up row, whose sums stand for
     * {@code n} entries of one day, shift, product and pair of classes. Every column of ENTRY that the lean groups
     * sum is linear in the entries, so the row's value is the sum of its entries': PBT is n × the net shift less the
     * matched planned minutes, and Σ crew × PBT is Σ crew × the net shift less Σ crew × matched planned minutes.
     * The line is kept only for crew class H (line_key 0 otherwise); it holds no work order, so filters by line or
     * work order cannot be answered from it.
     */
    static final String ROLLUP_ENTRY = """
            SELECT p.shift_date, p.shift_id, NULLIF(p.line_key, 0) AS line_id, NULL AS work_order_id, p.product_id,
                   %2$s AS g, p.entries AS n, p.units AS pq, p.defects AS dq,
                   p.entries * NET_SHIFT - p.planned_minutes
                       - CASE WHEN :setup_planned = 1 THEN p.setup_minutes ELSE 0 END AS pbt_min,
                   p.unplanned_minutes + CASE WHEN :setup_planned = 1 THEN 0 ELSE p.setup_minutes END AS udt_min,
                   p.run_class, p.run_centi, p.crew_class,
                   p.crew * NET_SHIFT - p.crew_planned_minutes
                       - CASE WHEN :setup_planned = 1 THEN p.crew_setup_minutes ELSE 0 END AS crew_pbt_min,
            CATALOG
            WHERE p.client_id = :client AND p.shift_date BETWEEN :from AND :to %1$s
            """.replace("CATALOG", CATALOG.formatted("production_day_rollup")).replace("NET_SHIFT", NET_SHIFT);

    /** The entries of the scope pooled per group and inference class; the gatherer reads the columns by position. */
    static String groups(String conditions, String groupColumn) {
        return groups(conditions, groupColumn, false);
    }

    /**
     * As {@link #groups(String, String)}; {@code lean} pools each group's entries per inference class only, without
     * their product, line and work order (returned as NULL), except where the cell's inputs need them: the product
     * of entries without a standard cycle time (best demonstrated rate) and the line of entries whose crew comes
     * from history. A day trend's periods need no more, and this makes a year's rows about three times fewer.
     */
    static String groups(String conditions, String groupColumn, boolean lean) {
        return pooled(ENTRY.formatted(conditions, groupColumn), lean, "COUNT(*)", "SUM(e.crew * e.pbt_min)");
    }

    /**
     * The groups of {@link #groups(String, String, boolean)} read from the daily roll-up: the same columns, cells and
     * sums, from a few rows a day instead of one per entry. Not lean, the rows keep their product but no work order,
     * and their line only where the crew comes from history.
     */
    static String rollupGroups(String conditions, String groupColumn, boolean lean) {
        return pooled(ROLLUP_ENTRY.formatted(conditions, groupColumn), lean, "SUM(e.n)", "SUM(e.crew_pbt_min)");
    }

    /**
     * The rows of {@code rows} pooled per group and cell; {@code count} and {@code crewPbt} sum their entries and Σ
     * crew × PBT (an entry row counts one and holds its crew, a roll-up row holds both sums).
     */
    private static String pooled(String rows, boolean lean, String count, String crewPbt) {
        String keys = lean ? "e.hproduct, e.hline, NULL" : "e.product_id, e.line_id, e.work_order_id";
        return """
                SELECT e.g, %2$s,
                       e.run_class, e.crew_class, e.has_std, e.std_ict, e.hday, e.hshift,
                       %4$s AS n, SUM(e.pq) AS pq, SUM(e.dq) AS dq, SUM(e.pbt_min) AS pbt_min,
                       SUM(CASE e.run_class WHEN 'G' THEN e.run_centi ELSE 0 END) AS apt_centi,
                       SUM(CASE e.run_class WHEN 'D' THEN e.pbt_min - e.udt_min WHEN 'P' THEN e.pbt_min ELSE 0 END)
                           AS apt_min,
                       %5$s AS crew_pbt_min
                FROM (SELECT x.*,
                             CASE WHEN x.has_std = 0 OR x.crew_class = 'H' THEN x.shift_date END AS hday,
                             CASE WHEN x.crew_class = 'H' THEN x.shift_id END AS hshift,
                             CASE WHEN x.has_std = 0 THEN x.product_id END AS hproduct,
                             CASE WHEN x.crew_class = 'H' THEN x.line_id END AS hline
                      FROM (%1$s) x) e
                GROUP BY e.g, %3$s,
                         e.run_class, e.crew_class, e.has_std, e.std_ict, e.hday, e.hshift
                """.formatted(rows, keys, lean ? "e.hproduct, e.hline" : keys, count, crewPbt);
    }

    /** One row per entry (resolved run time and units) of one product, for its best demonstrated rate. */
    static String productHistory() {
        return """
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

    /** {@link #CREW_HISTORY} of several lines and shifts at once: per line, shift and day. */
    static final String CREW_HISTORIES = """
            SELECT p.line_id, p.shift_id, p.shift_date, SUM(p.employees_assigned) AS assigned, COUNT(*) AS n
            FROM production_entries p
            WHERE p.client_id = :client AND p.deleted_at IS NULL AND p.line_id IN (:lines) AND p.shift_id IN (:shifts)
              AND p.employees_assigned > 0 AND p.shift_date BETWEEN :from AND :to
            GROUP BY p.line_id, p.shift_id, p.shift_date
            """;
}
