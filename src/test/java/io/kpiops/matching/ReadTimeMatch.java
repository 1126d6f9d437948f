package io.kpiops.matching;

import java.util.HashMap;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The downtime matched to production entries as the KPI statement matched it at read time before ADR 0010, kept as
 * the reference the maintained columns are compared with: the client's downtime summed per day, shift, order and line,
 * joined four ways — same order and line; same order, record without a line; same order, entry without a line; no
 * order, same line.
 */
public final class ReadTimeMatch {

    /** An entry's matched downtime: records, and minutes of planned, setup / changeover and unplanned reasons. */
    public record Matched(long records, long planned, long setup, long unplanned) {}

    private static final String REFERENCE = """
            WITH dt AS (
                SELECT d.shift_date, d.shift_id, d.work_order_id AS wo, d.line_id AS line, COUNT(*) AS records,
                       SUM(CASE WHEN r.setup = FALSE AND r.planned = TRUE THEN d.duration_minutes ELSE 0 END) AS planned_min,
                       SUM(CASE WHEN r.setup = TRUE THEN d.duration_minutes ELSE 0 END) AS setup_min,
                       SUM(CASE WHEN r.setup = FALSE AND r.planned = FALSE THEN d.duration_minutes ELSE 0 END)
                           AS unplanned_min
                FROM downtime_entries d JOIN downtime_reasons r ON r.id = d.reason_id
                WHERE d.client_id = ? AND d.deleted_at IS NULL AND (d.work_order_id IS NOT NULL OR d.line_id IS NOT NULL)
                GROUP BY d.shift_date, d.shift_id, d.work_order_id, d.line_id),
            ot AS (
                SELECT shift_date, shift_id, wo, SUM(records) AS records, SUM(planned_min) AS planned_min,
                       SUM(setup_min) AS setup_min, SUM(unplanned_min) AS unplanned_min
                FROM dt WHERE wo IS NOT NULL GROUP BY shift_date, shift_id, wo)
            SELECT p.id,
                   COALESCE(dwl.records, 0) + COALESCE(dwn.records, 0) + COALESCE(dwa.records, 0)
                       + COALESCE(dnl.records, 0) AS records,
                   COALESCE(dwl.planned_min, 0) + COALESCE(dwn.planned_min, 0) + COALESCE(dwa.planned_min, 0)
                       + COALESCE(dnl.planned_min, 0) AS planned_min,
                   COALESCE(dwl.setup_min, 0) + COALESCE(dwn.setup_min, 0) + COALESCE(dwa.setup_min, 0)
                       + COALESCE(dnl.setup_min, 0) AS setup_min,
                   COALESCE(dwl.unplanned_min, 0) + COALESCE(dwn.unplanned_min, 0) + COALESCE(dwa.unplanned_min, 0)
                       + COALESCE(dnl.unplanned_min, 0) AS unplanned_min
            FROM production_entries p
            LEFT JOIN dt dwl ON dwl.shift_date = p.shift_date AND dwl.shift_id = p.shift_id
                AND dwl.wo = p.work_order_id AND dwl.line = p.line_id
            LEFT JOIN dt dwn ON dwn.shift_date = p.shift_date AND dwn.shift_id = p.shift_id
                AND dwn.wo = p.work_order_id AND dwn.line IS NULL AND p.line_id IS NOT NULL
            LEFT JOIN ot dwa ON dwa.shift_date = p.shift_date AND dwa.shift_id = p.shift_id
                AND dwa.wo = p.work_order_id AND p.line_id IS NULL
            LEFT JOIN dt dnl ON dnl.shift_date = p.shift_date AND dnl.shift_id = p.shift_id
                AND dnl.line = p.line_id AND dnl.wo IS NULL
            WHERE p.client_id = ? AND p.deleted_at IS NULL
            """;

    private static final String MAINTAINED = """
            SELECT id, matched_downtime_records, matched_planned_minutes, matched_setup_minutes, matched_unplanned_minutes
            FROM production_entries WHERE client_id = ? AND deleted_at IS NULL
            """;

    private ReadTimeMatch() {}

    /** The read-time match of each live entry of the client, by entry id. */
    public static Map<Long, Matched> reference(JdbcTemplate jdbc, long client) {
        return read(jdbc, REFERENCE, client, client);
    }

    /** The maintained columns of each live entry of the client, by entry id. */
    public static Map<Long, Matched> maintained(JdbcTemplate jdbc, long client) {
        return read(jdbc, MAINTAINED, client);
    }

    private static Map<Long, Matched> read(JdbcTemplate jdbc, String sql, Object... args) {
        Map<Long, Matched> byEntry = new HashMap<>();
        jdbc.query(sql, rs -> {
            byEntry.put(rs.getLong(1), new Matched(rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5)));
        }, args);
        return byEntry;
    }
}
