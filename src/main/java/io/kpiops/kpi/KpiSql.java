package io.kpiops.kpi;

import io.kpiops.platform.db.DbVendor;
import io.kpiops.platform.db.JdbcValues;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Plain SQL for the KPI gatherers, written once for SQLite, MariaDB and PostgreSQL: calendar days are bound as ISO
 * text on SQLite and as DATE elsewhere (ADR 0007), and decimals and days are read through their text form, which every
 * driver gives exactly (SQLite keeps DECIMAL columns as REAL; its text form is the shortest exact decimal).
 */
@Component
class KpiSql {

    private final NamedParameterJdbcTemplate jdbc;
    private final DbVendor vendor;

    KpiSql(NamedParameterJdbcTemplate jdbc, JdbcValues values) {
        this.jdbc = jdbc;
        this.vendor = values.vendor();
    }

    <T> List<T> query(String sql, Map<String, ?> params, RowMapper<T> rows) {
        MapSqlParameterSource source = new MapSqlParameterSource();
        params.forEach((k, v) -> source.addValue(k, v instanceof LocalDate d ? day(d) : v));
        return jdbc.query(sql, source, rows);
    }

    /**
     * On PostgreSQL, plans the rest of this transaction's statements for any parameters (a generic plan) instead of
     * for the values bound. For a trend's one-year statement the value-specific plan expects seven times more groups
     * than there are and sorts them; it ran three to four times longer than the generic plan for the first executions
     * of each connection (docs/benchmarks.md, sixth pass). The setting is transaction-local ({@code set_config(…,
     * true)}), so it never stays with a pooled connection; outside a transaction it has no effect. The other databases
     * have no such planner mode.
     */
    void preferGenericPlans() {
        if (vendor == DbVendor.POSTGRES) {
            jdbc.getJdbcTemplate().queryForObject("SELECT set_config('plan_cache_mode', 'force_generic_plan', true)",
                    String.class);
        }
    }

    /** A calendar day as the database stores it. */
    Object day(LocalDate d) {
        return vendor == DbVendor.SQLITE ? d.toString() : java.sql.Date.valueOf(d);
    }

    static LocalDate day(ResultSet rs, String column) throws SQLException {
        return parseDay(dayText(rs, column));
    }

    private static LocalDate parseDay(String text) {
        return text == null ? null : LocalDate.of(Integer.parseInt(text, 0, 4, 10), Integer.parseInt(text, 5, 7, 10),
                Integer.parseInt(text, 8, 10, 10));
    }

    /** A calendar day as ISO text (yyyy-MM-dd), whatever type the driver gives; null stays null. */
    static String dayText(ResultSet rs, String column) throws SQLException {
        String text = rs.getString(column);
        return text == null || text.length() == 10 ? text : text.substring(0, 10);
    }

    /** A decimal read exactly; null stays null. */
    static BigDecimal decimal(ResultSet rs, String column) throws SQLException {
        String text = rs.getString(column);
        return text == null ? null : new BigDecimal(text.trim());
    }

    /** A sum that is a whole number (SQLite may return it as REAL, e.g. 750.0); null (no rows) is 0. */
    static long whole(ResultSet rs, String column) throws SQLException {
        return whole(rs.getObject(column));
    }

    private static long whole(Object value) {
        return switch (value) {
            case null -> 0;
            case Integer i -> i;
            case Long l -> l;
            case Double d -> Math.round(d);
            case BigDecimal b -> b.setScale(0, java.math.RoundingMode.HALF_EVEN).longValueExact();
            case java.math.BigInteger b -> b.longValueExact();
            case Number n -> n.longValue();
            case Object o -> new BigDecimal(o.toString().trim()).setScale(0, java.math.RoundingMode.HALF_EVEN)
                    .longValueExact();
        };
    }

    static Long nullableLong(ResultSet rs, String column) throws SQLException {
        long v = rs.getLong(column);
        return rs.wasNull() ? null : v;
    }

    // The same readers by column position, for statements that return many rows (a name costs a lookup per value).

    static Long nullableLong(ResultSet rs, int column) throws SQLException {
        long v = rs.getLong(column);
        return rs.wasNull() ? null : v;
    }

    static String dayText(ResultSet rs, int column) throws SQLException {
        String text = rs.getString(column);
        return text == null || text.length() == 10 ? text : text.substring(0, 10);
    }

    static LocalDate day(ResultSet rs, int column) throws SQLException {
        return parseDay(dayText(rs, column));
    }

    static long whole(ResultSet rs, int column) throws SQLException {
        return whole(rs.getObject(column));
    }
}
