package io.kpiops.catalog;

import io.kpiops.catalog.CatalogLookup.DefectTypeRef;
import io.kpiops.catalog.CatalogLookup.DowntimeReasonRef;
import io.kpiops.catalog.CatalogLookup.EmployeeRef;
import io.kpiops.catalog.CatalogLookup.HoldReasonRef;
import io.kpiops.catalog.CatalogLookup.LineRef;
import io.kpiops.catalog.CatalogLookup.ProductRef;
import io.kpiops.catalog.CatalogLookup.ShiftRef;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads the few catalog records one request names with plain SQL, restricted to one client. This is the hot path of
 * every single create: through Hibernate, the tenant filter makes each load by id build its SQL anew, which cost a
 * fifth of a create. The caller must have checked that the client is in scope ({@link CatalogLookup} does).
 */
@Component
class CatalogRows {

    private final JdbcClient jdbc;

    CatalogRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Map<Long, ProductRef> products(long clientId, Collection<Long> ids) {
        return read("SELECT id, client_id, code, name, ideal_cycle_time_hours, active FROM products", clientId, ids,
                (rs, i) -> new ProductRef(rs.getLong("id"), clientId, rs.getString("code"), rs.getString("name"),
                        rs.getBigDecimal("ideal_cycle_time_hours"), rs.getBoolean("active")), ProductRef::id);
    }

    Map<Long, LineRef> lines(long clientId, Collection<Long> ids) {
        return read("SELECT id, client_id, code, name, active FROM production_lines", clientId, ids,
                (rs, i) -> new LineRef(rs.getLong("id"), clientId, rs.getString("code"), rs.getString("name"),
                        rs.getBoolean("active")), LineRef::id);
    }

    Map<Long, ShiftRef> shifts(long clientId, Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        Map<Long, List<Shift.Break>> breaks = new HashMap<>();
        jdbc.sql("""
                SELECT b.shift_id, b.name, b.start_minute, b.duration_minutes FROM shift_breaks b
                JOIN shifts s ON s.id = b.shift_id WHERE s.client_id = :client AND b.shift_id IN (:ids)
                ORDER BY b.shift_id, b.seq""").param("client", clientId).param("ids", ids)
                .query(rs -> {
                    breaks.computeIfAbsent(rs.getLong("shift_id"), k -> new ArrayList<>()).add(new Shift.Break(
                            rs.getString("name"), rs.getInt("start_minute"), rs.getInt("duration_minutes")));
                });
        return read("SELECT id, client_id, name, start_minute, end_minute, active FROM shifts", clientId, ids, (rs, i) -> {
            long id = rs.getLong("id");
            ShiftTimes t = new ShiftTimes(rs.getInt("start_minute"), rs.getInt("end_minute"),
                    breaks.getOrDefault(id, List.of()));
            return new ShiftRef(id, clientId, rs.getString("name"), t.start(), t.end(), t.durationMinutes(),
                    t.scheduledMinutes(), rs.getBoolean("active"));
        }, ShiftRef::id);
    }

    Map<Long, EmployeeRef> employees(long clientId, Collection<Long> ids) {
        return read("SELECT id, client_id, code, name, line_id, shift_id, floating_pool, active FROM employees", clientId,
                ids, (rs, i) -> new EmployeeRef(rs.getLong("id"), clientId, rs.getString("code"), rs.getString("name"),
                        nullableLong(rs, "line_id"), nullableLong(rs, "shift_id"), rs.getBoolean("floating_pool"),
                        rs.getBoolean("active")), EmployeeRef::id);
    }

    Map<Long, DowntimeReasonRef> downtimeReasons(long clientId, Collection<Long> ids) {
        return read("SELECT id, client_id, code, name, category, planned, setup, active FROM downtime_reasons", clientId,
                ids, (rs, i) -> new DowntimeReasonRef(rs.getLong("id"), clientId, rs.getString("code"),
                        rs.getString("name"), DowntimeCategory.valueOf(rs.getString("category")).value(),
                        rs.getBoolean("planned"), rs.getBoolean("setup"), rs.getBoolean("active")),
                DowntimeReasonRef::id);
    }

    Map<Long, HoldReasonRef> holdReasons(long clientId, Collection<Long> ids) {
        return read("SELECT id, client_id, code, name, active FROM hold_reasons", clientId, ids,
                (rs, i) -> new HoldReasonRef(rs.getLong("id"), clientId, rs.getString("code"), rs.getString("name"),
                        rs.getBoolean("active")), HoldReasonRef::id);
    }

    Map<Long, DefectTypeRef> defectTypes(long clientId, Collection<Long> ids) {
        return read("SELECT id, client_id, code, name, category, severity, active FROM defect_types", clientId, ids,
                (rs, i) -> new DefectTypeRef(rs.getLong("id"), clientId, rs.getString("code"), rs.getString("name"),
                        rs.getString("category"), rs.getString("severity"), rs.getBoolean("active")),
                DefectTypeRef::id);
    }

    private <T> Map<Long, T> read(String select, long clientId, Collection<Long> ids, RowMapper<T> mapper,
            java.util.function.ToLongFunction<T> id) {
        if (ids == null || ids.isEmpty()) {
            return Map.of();
        }
        Map<Long, T> out = new LinkedHashMap<>();
        jdbc.sql(select + " WHERE client_id = :client AND id IN (:ids)").param("client", clientId).param("ids", ids)
                .query(mapper).list().forEach(r -> out.put(id.applyAsLong(r), r));
        return out;
    }

    private static Long nullableLong(ResultSet rs, String column) throws SQLException {
        // getObject, not getLong + wasNull: sqlite-jdbc's wasNull does not follow reads by column label
        return rs.getObject(column) instanceof Number n ? n.longValue() : null;
    }
}
