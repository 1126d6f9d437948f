package io.kpiops.kpi;

import io.kpiops.kpi.EntryRows.RowSink;
import io.kpiops.kpi.EntryRows.Table;
import io.kpiops.platform.tenancy.TenantScopes;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * {@link EntryRows} in plain SQL for the three databases. A template of its own sets a fetch size so the drivers
 * stream (PostgreSQL only does so inside a transaction, hence the read-only transaction).
 */
@Service
class EntryRowStream implements EntryRows {

    private static final int FETCH_SIZE = 500;

    private final NamedParameterJdbcTemplate jdbc;
    private final KpiSql sql;

    EntryRowStream(DataSource dataSource, KpiSql sql) {
        JdbcTemplate template = new JdbcTemplate(dataSource);
        template.setFetchSize(FETCH_SIZE);
        this.jdbc = new NamedParameterJdbcTemplate(template);
        this.sql = sql;
    }

    @Override
    @Transactional(readOnly = true)
    public long stream(Table table, KpiFilter f, RowSink sink) {
        for (Long id : f.clientIds()) {
            TenantScopes.current().require(id, "Client " + id);
        }
        MapSqlParameterSource params = new MapSqlParameterSource();
        params.addValue("clients", f.clientIds());
        params.addValue("from", sql.day(f.from()));
        params.addValue("to", sql.day(f.to()));
        String query = switch (table) {
            case PRODUCTION -> production(f, params);
            case QUALITY -> quality(f, params);
            case DOWNTIME -> downtime(f, params);
            case ATTENDANCE -> attendance(f, params);
            case WORK_ORDERS -> workOrders(f, params);
        };
        List<String> columns = table.columns();
        long[] count = {0};
        jdbc.query(query, params, (ResultSet rs) -> {
            Object[] values = new Object[columns.size()];
            for (int i = 0; i < values.length; i++) {
                values[i] = value(rs, columns.get(i));
            }
            sink.row(values);
            count[0]++;
        });
        return count[0];
    }

    private static String production(KpiFilter f, MapSqlParameterSource p) {
        return """
                SELECT c.code AS client, e.shift_date, s.name AS shift, l.name AS line, pr.code AS product,
                       wo.number AS work_order, e.units_produced, e.run_time_hours, e.employees_assigned,
                       e.employees_present, e.defect_count, e.rework_count, e.scrap_count, e.entry_method
                FROM production_entries e JOIN clients c ON c.id = e.client_id JOIN shifts s ON s.id = e.shift_id
                JOIN products pr ON pr.id = e.product_id LEFT JOIN production_lines l ON l.id = e.line_id
                LEFT JOIN work_orders wo ON wo.id = e.work_order_id
                WHERE e.client_id IN (:clients) AND e.deleted_at IS NULL AND e.shift_date BETWEEN :from AND :to
                """ + where(f, p, true, true, true) + " ORDER BY c.code, e.shift_date, e.id";
    }

    private static String quality(KpiFilter f, MapSqlParameterSource p) {
        return """
                SELECT c.code AS client, e.shift_date, s.name AS shift, pr.code AS product, wo.number AS work_order,
                       e.inspection_stage, e.units_inspected, e.units_passed_first_time, e.units_defective,
                       e.total_defects, e.units_reworked, e.units_repaired, e.units_scrapped, e.entry_method
                FROM quality_entries e JOIN clients c ON c.id = e.client_id JOIN products pr ON pr.id = e.product_id
                LEFT JOIN shifts s ON s.id = e.shift_id LEFT JOIN work_orders wo ON wo.id = e.work_order_id
                WHERE e.client_id IN (:clients) AND e.deleted_at IS NULL AND e.shift_date BETWEEN :from AND :to
                """ + where(f, p, true, false, true) + " ORDER BY c.code, e.shift_date, e.id";
    }

    private static String downtime(KpiFilter f, MapSqlParameterSource p) {
        return """
                SELECT c.code AS client, e.shift_date, s.name AS shift, l.name AS line, wo.number AS work_order,
                       r.code AS reason_code, r.name AS reason, r.category, e.duration_minutes, e.machine,
                       e.entry_method
                FROM downtime_entries e JOIN clients c ON c.id = e.client_id JOIN shifts s ON s.id = e.shift_id
                JOIN downtime_reasons r ON r.id = e.reason_id LEFT JOIN production_lines l ON l.id = e.line_id
                LEFT JOIN work_orders wo ON wo.id = e.work_order_id
                WHERE e.client_id IN (:clients) AND e.deleted_at IS NULL AND e.shift_date BETWEEN :from AND :to
                """ + where(f, p, true, true, false) + " ORDER BY c.code, e.shift_date, e.id";
    }

    /** Attendance has no product; a line is the employee's line, as the absenteeism KPI reads it. */
    private static String attendance(KpiFilter f, MapSqlParameterSource p) {
        String line = "";
        if (f.lineId() != null) {
            line = " AND em.line_id = :line";
            p.addValue("line", f.lineId());
        }
        return """
                SELECT c.code AS client, e.shift_date, s.name AS shift, em.code AS employee, em.name AS employee_name,
                       l.name AS line, e.scheduled_hours, e.actual_hours, e.is_absent, e.absence_type,
                       e.absence_hours, e.late_minutes, e.entry_method
                FROM attendance_entries e JOIN clients c ON c.id = e.client_id JOIN shifts s ON s.id = e.shift_id
                JOIN employees em ON em.id = e.employee_id LEFT JOIN production_lines l ON l.id = em.line_id
                WHERE e.client_id IN (:clients) AND e.deleted_at IS NULL AND e.shift_date BETWEEN :from AND :to
                """ + where(f, p, true, false, false) + line + " ORDER BY c.code, e.shift_date, e.id";
    }

    private static String workOrders(KpiFilter f, MapSqlParameterSource p) {
        return """
                SELECT c.code AS client, e.number AS work_order, pr.code AS product, e.status, e.priority,
                       e.planned_quantity, e.delivered_quantity, e.planned_start_date, e.planned_ship_date,
                       e.required_date, e.actual_start_date, e.actual_delivery_date
                FROM work_orders e JOIN clients c ON c.id = e.client_id JOIN products pr ON pr.id = e.product_id
                WHERE e.client_id IN (:clients)
                  AND (e.planned_ship_date BETWEEN :from AND :to OR e.status IN ('ACTIVE', 'ON_HOLD'))
                """ + where(f, p, false, false, true) + " ORDER BY c.code, e.number";
    }

    /** The filters a table carries (alias e). */
    private static String where(KpiFilter f, MapSqlParameterSource p, boolean shift, boolean line, boolean product) {
        StringBuilder c = new StringBuilder();
        if (shift && f.shiftId() != null) {
            c.append(" AND e.shift_id = :shift");
            p.addValue("shift", f.shiftId());
        }
        if (line && f.lineId() != null) {
            c.append(" AND e.line_id = :line");
            p.addValue("line", f.lineId());
        }
        if (product && f.productId() != null) {
            c.append(" AND e.product_id = :product");
            p.addValue("product", f.productId());
        }
        return c.toString();
    }

    /** A column's value typed by its name: days, decimals, flags, counts, else text. */
    private static Object value(ResultSet rs, String column) throws SQLException {
        if (column.endsWith("_date")) {
            return KpiSql.day(rs, column);
        }
        if (column.endsWith("_hours")) {
            return KpiSql.decimal(rs, column);
        }
        if (column.startsWith("is_")) {
            return rs.getBoolean(column);
        }
        if (column.startsWith("units_") || column.startsWith("employees_") || column.endsWith("_count")
                || column.endsWith("_minutes") || column.endsWith("_quantity") || column.equals("total_defects")) {
            return KpiSql.nullableLong(rs, column);
        }
        return rs.getString(column);
    }
}
