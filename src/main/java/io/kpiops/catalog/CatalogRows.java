package io.kpiops.catalog;

import io.kpiops.catalog.CatalogLookup.LineRef;
import io.kpiops.catalog.CatalogLookup.ProductRef;
import io.kpiops.catalog.CatalogLookup.ShiftRef;
import java.sql.Types;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads the few catalog records a single production create names with plain SQL, restricted to one client. This is
 * the hot path of every single create: through Hibernate, the tenant filter makes each load by id build its SQL anew,
 * which cost a fifth of a create. The caller must have checked that the client is in scope ({@link CatalogLookup}
 * does).
 */
@Component
class CatalogRows {

    /** The product, line and shift one production entry names, each empty when absent or of another client. */
    record Named(Map<Long, ProductRef> products, Map<Long, LineRef> lines, Map<Long, ShiftRef> shifts) {}

    private final JdbcClient jdbc;

    CatalogRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Reads the product, line and shift (with its breaks) one entry names in a single statement: the three reads and
     * the breaks' were four round trips of every single create. Null ids match nothing.
     */
    Named named(long clientId, Long productId, Long lineId, Long shiftId) {
        return jdbc.sql("""
                SELECT p.id AS p_id, p.code AS p_code, p.name AS p_name, p.ideal_cycle_time_hours, p.active AS p_active,
                  l.id AS l_id, l.code AS l_code, l.name AS l_name, l.active AS l_active,
                  s.id AS s_id, s.name AS s_name, s.start_minute AS s_start, s.end_minute AS s_end, s.active AS s_active,
                  b.name AS b_name, b.start_minute AS b_start, b.duration_minutes AS b_minutes
                FROM clients c
                LEFT JOIN products p ON p.client_id = c.id AND p.id = :product
                LEFT JOIN production_lines l ON l.client_id = c.id AND l.id = :line
                LEFT JOIN shifts s ON s.client_id = c.id AND s.id = :shift
                LEFT JOIN shift_breaks b ON b.shift_id = s.id
                WHERE c.id = :client ORDER BY b.seq""")
                .param("client", clientId).param("product", productId, Types.BIGINT).param("line", lineId, Types.BIGINT)
                .param("shift", shiftId, Types.BIGINT)
                .query(rs -> {
                    Map<Long, ProductRef> product = new LinkedHashMap<>();
                    Map<Long, LineRef> line = new LinkedHashMap<>();
                    Map<Long, ShiftRef> shift = new LinkedHashMap<>();
                    List<Shift.Break> breaks = new ArrayList<>();
                    ShiftRef found = null; // its times wait for the breaks, one per row
                    while (rs.next()) {
                        if (product.isEmpty() && rs.getObject("p_id") instanceof Number id) {
                            product.put(id.longValue(), new ProductRef(id.longValue(), clientId, rs.getString("p_code"),
                                    rs.getString("p_name"), rs.getBigDecimal("ideal_cycle_time_hours"),
                                    rs.getBoolean("p_active")));
                        }
                        if (line.isEmpty() && rs.getObject("l_id") instanceof Number id) {
                            line.put(id.longValue(), new LineRef(id.longValue(), clientId, rs.getString("l_code"),
                                    rs.getString("l_name"), rs.getBoolean("l_active")));
                        }
                        if (found == null && rs.getObject("s_id") instanceof Number id) {
                            found = new ShiftRef(id.longValue(), clientId, rs.getString("s_name"), rs.getInt("s_start"),
                                    rs.getInt("s_end"), 0, 0, rs.getBoolean("s_active"));
                        }
                        if (rs.getObject("b_start") instanceof Number start) {
                            breaks.add(new Shift.Break(rs.getString("b_name"), start.intValue(), rs.getInt("b_minutes")));
                        }
                    }
                    if (found != null) {
                        ShiftTimes t = new ShiftTimes(found.startMinute(), found.endMinute(), breaks);
                        shift.put(found.id(), new ShiftRef(found.id(), clientId, found.name(), t.start(), t.end(),
                                t.durationMinutes(), t.scheduledMinutes(), found.active()));
                    }
                    return new Named(product, line, shift);
                });
    }
}
