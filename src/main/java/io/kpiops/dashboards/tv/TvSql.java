package io.kpiops.dashboards.tv;

import io.kpiops.platform.db.DbVendor;
import io.kpiops.platform.db.JdbcValues;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The few entry reads of the TV screen that are not KPIs, in plain SQL for SQLite, MariaDB and PostgreSQL like the
 * KPI gatherers; every query is bound to one client (the caller's scope was checked before).
 */
@Component
class TvSql {

    /** The product the line ran last and the ideal cycle time in force for it (the work order's, else the product's). */
    record RunningProduct(long productId, String name, BigDecimal idealCycleTimeHours) {}

    private final NamedParameterJdbcTemplate jdbc;
    private final DbVendor vendor;

    TvSql(NamedParameterJdbcTemplate jdbc, JdbcValues values) {
        this.jdbc = jdbc;
        this.vendor = values.vendor();
    }

    /** The downtime windows of the line in one shift run, with the reason's name and class. */
    List<LineStatus.Window> downtimeWindows(long clientId, long lineId, LocalDate day, long shiftId) {
        return jdbc.query("""
                SELECT d.start_minute, d.end_minute, r.name, r.planned
                FROM downtime_entries d JOIN downtime_reasons r ON r.id = d.reason_id
                WHERE d.client_id = :client AND d.line_id = :line AND d.shift_date = :day AND d.shift_id = :shift
                  AND d.deleted_at IS NULL AND d.start_minute IS NOT NULL AND d.end_minute IS NOT NULL
                """, Map.of("client", clientId, "line", lineId, "day", day(day), "shift", shiftId),
                (rs, i) -> new LineStatus.Window(rs.getInt("start_minute"), rs.getInt("end_minute"),
                        rs.getString("name"), rs.getBoolean("planned")));
    }

    /** The product of the line's latest production entry (on or before the day), with its ideal cycle time. */
    Optional<RunningProduct> runningProduct(long clientId, long lineId, LocalDate day) {
        return jdbc.query("""
                SELECT p.id, p.name, w.ideal_cycle_time_hours AS order_ict, p.ideal_cycle_time_hours AS product_ict
                FROM production_entries e JOIN products p ON p.id = e.product_id
                LEFT JOIN work_orders w ON w.id = e.work_order_id
                WHERE e.client_id = :client AND e.line_id = :line AND e.shift_date <= :day AND e.deleted_at IS NULL
                ORDER BY e.shift_date DESC, e.created_at DESC, e.id DESC
                LIMIT 1
                """, Map.of("client", clientId, "line", lineId, "day", day(day)), (rs, i) -> {
                    BigDecimal ict = decimal(rs, "order_ict");
                    return new RunningProduct(rs.getLong("id"), rs.getString("name"),
                            ict != null ? ict : decimal(rs, "product_ict"));
                }).stream().findFirst();
    }

    /** When an entry of the line for the day was last saved or deleted (production or downtime); null for none. */
    Instant lastEntryAt(long clientId, long lineId, LocalDate day) {
        Map<String, Object> params = Map.of("client", clientId, "line", lineId, "day", day(day));
        Instant production = latest("production_entries", params);
        Instant downtime = latest("downtime_entries", params);
        return production == null ? downtime : downtime == null || production.isAfter(downtime) ? production : downtime;
    }

    private Instant latest(String table, Map<String, Object> params) {
        // MAX over no rows is one row holding null
        List<Instant> at = jdbc.query("SELECT MAX(updated_at) AS at FROM " + table
                + " WHERE client_id = :client AND line_id = :line AND shift_date = :day", params,
                (rs, i) -> JdbcValues.instant(rs, "at"));
        return at.isEmpty() ? null : at.getFirst();
    }

    private Object day(LocalDate d) {
        return vendor == DbVendor.SQLITE ? d.toString() : java.sql.Date.valueOf(d);
    }

    private static BigDecimal decimal(ResultSet rs, String column) throws SQLException {
        String text = rs.getString(column);
        return text == null ? null : new BigDecimal(text.trim());
    }
}
