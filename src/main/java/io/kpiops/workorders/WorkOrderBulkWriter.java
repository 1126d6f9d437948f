package io.kpiops.workorders;

import io.kpiops.platform.db.JdbcValues;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Writes many already-validated work orders with their jobs and creation log rows in JDBC batches (an import of
 * 100 000 orders must not go through the persistence context one entity at a time). Runs in the caller's
 * transaction; the rows are exactly what {@link WorkOrderService#create} would have written.
 */
@Component
class WorkOrderBulkWriter {

    private static final int BATCH = 1000;

    private final JdbcTemplate jdbc;
    private final JdbcValues values;

    WorkOrderBulkWriter(JdbcTemplate jdbc, JdbcValues values) {
        this.jdbc = jdbc;
        this.values = values;
    }

    /** The numbers the client already has (upper-case). */
    Set<String> numbers(long clientId) {
        return new HashSet<>(jdbc.queryForList("SELECT number FROM work_orders WHERE client_id = ?", String.class, clientId));
    }

    /** Inserts the orders (numbers new in the client), without their jobs; see {@link #ids} and {@link #insertJobs}. */
    void insertOrders(long clientId, List<WorkOrderFields> orders, Instant now) {
        jdbc.batchUpdate("""
                INSERT INTO work_orders (client_id, number, product_id, status, priority, planned_quantity,
                  delivered_quantity, planned_start_date, planned_ship_date, required_date, actual_start_date,
                  actual_delivery_date, ideal_cycle_time_hours, customer_po_number, notes, version, created_at, updated_at)
                VALUES (?, ?, ?, 'ACTIVE', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?)""", orders, BATCH,
                (ps, o) -> bindOrder(ps, clientId, o, now));
    }

    /**
     * Every order id of the client by number, read in one pass. (Looking ids up per chunk with {@code number IN (…)}
     * lets PostgreSQL's cached generic plan scan the whole client each time; see docs/benchmarks.md.)
     */
    Map<String, Long> ids(long clientId) {
        Map<String, Long> ids = new HashMap<>();
        jdbc.query("SELECT id, number FROM work_orders WHERE client_id = ?",
                rs -> { ids.put(rs.getString(2), rs.getLong(1)); }, clientId);
        return ids;
    }

    /** The creation entry of each new order's history. */
    void logCreation(long clientId, List<Long> orderIds, WorkOrderSupport.Actor actor, Instant now) {
        jdbc.batchUpdate("""
                INSERT INTO work_order_transitions (client_id, work_order_id, from_status, to_status, reason, user_id,
                  username, at) VALUES (?, ?, NULL, 'ACTIVE', 'Imported', ?, ?, ?)""", orderIds, BATCH, (ps, id) -> {
                    ps.setLong(1, clientId);
                    ps.setLong(2, id);
                    JdbcValues.nullableLong(ps, 3, actor.id());
                    ps.setString(4, actor.name());
                    JdbcValues.instant(ps, 5, now);
                });
    }

    /** A job for an order that exists. */
    record NewJob(long workOrderId, JobFields fields) {}

    void insertJobs(long clientId, List<NewJob> jobs, Instant now) {
        jdbc.batchUpdate("""
                INSERT INTO jobs (client_id, work_order_id, sequence, operation_code, operation_name, line_id,
                  planned_quantity, completed_quantity, scrapped_quantity, planned_hours, actual_hours, completed, notes,
                  active, version, created_at, updated_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?)""", jobs, BATCH,
                (ps, j) -> bindJob(ps, clientId, j.workOrderId(), j.fields(), now));
    }

    private void bindOrder(PreparedStatement ps, long clientId, WorkOrderFields f, Instant now) throws SQLException {
        ps.setLong(1, clientId);
        ps.setString(2, f.number());
        ps.setLong(3, f.productId());
        ps.setString(4, (f.priority() == null ? Priority.NORMAL : f.priority()).name());
        ps.setInt(5, f.plannedQuantity());
        ps.setInt(6, f.deliveredQuantity() == null ? 0 : f.deliveredQuantity());
        values.date(ps, 7, f.plannedStartDate());
        values.date(ps, 8, f.plannedShipDate());
        values.date(ps, 9, f.requiredDate());
        values.date(ps, 10, f.actualStartDate());
        values.date(ps, 11, f.actualDeliveryDate());
        JdbcValues.nullable(ps, 12, f.idealCycleTimeHours(), Types.DECIMAL);
        JdbcValues.nullable(ps, 13, f.customerPoNumber(), Types.VARCHAR);
        JdbcValues.nullable(ps, 14, f.notes(), Types.VARCHAR);
        JdbcValues.instant(ps, 15, now);
        JdbcValues.instant(ps, 16, now);
    }

    private void bindJob(PreparedStatement ps, long clientId, long orderId, JobFields j, Instant now) throws SQLException {
        ps.setLong(1, clientId);
        ps.setLong(2, orderId);
        ps.setInt(3, j.sequence());
        JdbcValues.nullable(ps, 4, j.operationCode(), Types.VARCHAR);
        ps.setString(5, j.operationName());
        JdbcValues.nullable(ps, 6, j.lineId(), Types.BIGINT);
        JdbcValues.nullable(ps, 7, j.plannedQuantity(), Types.INTEGER);
        ps.setInt(8, j.completedQuantity() == null ? 0 : j.completedQuantity());
        ps.setInt(9, j.scrappedQuantity() == null ? 0 : j.scrappedQuantity());
        JdbcValues.nullable(ps, 10, j.plannedHours(), Types.DECIMAL);
        JdbcValues.nullable(ps, 11, j.actualHours(), Types.DECIMAL);
        ps.setBoolean(12, Boolean.TRUE.equals(j.completed()));
        JdbcValues.nullable(ps, 13, j.notes(), Types.VARCHAR);
        ps.setBoolean(14, true);
        JdbcValues.instant(ps, 15, now);
        JdbcValues.instant(ps, 16, now);
    }
}
