package io.kpiops.production;

import io.kpiops.matching.MatchedDowntime;
import io.kpiops.platform.audit.AuditAction;
import io.kpiops.platform.audit.AuditLog;
import io.kpiops.platform.db.ClientWriteLock;
import io.kpiops.platform.db.JdbcValues;
import io.kpiops.platform.db.KeyedInserts;
import io.kpiops.platform.persistence.EntryMethod;
import io.kpiops.production.ProductionService.Actor;
import io.kpiops.production.ProductionViews.ProductionResponse;
import io.kpiops.rollup.ProductionRollup;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Writes many checked production entries in JDBC batches, with their audit rows (batch creates, imports). Hibernate
 * cannot batch inserts of identity-keyed rows, so ten thousand entries were ten thousand round trips to MariaDB or
 * PostgreSQL. Runs in the caller's transaction; the rows are exactly what a single create writes.
 */
@Component
class ProductionBulkWriter {

    private static final String INSERT = """
            INSERT INTO production_entries (client_id, shift_date, shift_id, line_id, work_order_id, job_id, product_id,
              units_produced, run_time_hours, employees_assigned, employees_present, defect_count, rework_count,
              scrap_count, notes, entry_method, entered_by, entered_by_name, confirmed_by, confirmed_by_name,
              confirmed_at, version, created_at, updated_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?)""";

    /** One entry to write: its client, checked fields, how it arrived, and whether it was read back. */
    record Row(long clientId, ProductionFields fields, EntryMethod method, boolean confirmed) {}

    private final KeyedInserts inserts;
    private final JdbcValues values;
    private final AuditLog audit;
    private final MatchedDowntime matched;
    private final ClientWriteLock locks;
    private final ProductionRollup rollup;

    ProductionBulkWriter(KeyedInserts inserts, JdbcValues values, AuditLog audit, MatchedDowntime matched,
            ClientWriteLock locks, ProductionRollup rollup) {
        this.locks = locks;
        this.rollup = rollup;
        this.inserts = inserts;
        this.values = values;
        this.audit = audit;
        this.matched = matched;
    }

    /**
     * Inserts the rows, matches their downtime to them, audits each, and answers them in order ({@code
     * numbers}: work-order numbers by id).
     */
    List<ProductionResponse> write(List<Row> rows, Map<Long, String> numbers, Instant now) {
        Actor actor = ProductionService.actor();
        locks.acquireShared(rows.stream().map(Row::clientId).toList());
        List<Long> ids = inserts.insert(INSERT, rows, (ps, r) -> {
            ProductionFields f = r.fields();
            ps.setLong(1, r.clientId());
            values.date(ps, 2, f.shiftDate());
            ps.setLong(3, f.shiftId());
            JdbcValues.nullableLong(ps, 4, f.lineId());
            JdbcValues.nullableLong(ps, 5, f.workOrderId());
            JdbcValues.nullableLong(ps, 6, f.jobId());
            ps.setLong(7, f.productId());
            ps.setInt(8, f.unitsProduced());
            JdbcValues.nullable(ps, 9, f.runTimeHours(), Types.DECIMAL);
            JdbcValues.nullableInt(ps, 10, f.employeesAssigned());
            JdbcValues.nullableInt(ps, 11, f.employeesPresent());
            ps.setInt(12, f.defects());
            ps.setInt(13, f.rework());
            ps.setInt(14, f.scrap());
            JdbcValues.nullable(ps, 15, f.notes(), Types.VARCHAR);
            ps.setString(16, r.method().name());
            JdbcValues.nullableLong(ps, 17, actor.id());
            ps.setString(18, actor.name());
            JdbcValues.nullableLong(ps, 19, r.confirmed() ? actor.id() : null);
            JdbcValues.nullable(ps, 20, r.confirmed() ? actor.name() : null, Types.VARCHAR);
            JdbcValues.instant(ps, 21, r.confirmed() ? now : null);
            JdbcValues.instant(ps, 22, now);
            JdbcValues.instant(ps, 23, now);
        });
        matched.entries(ids);
        rows.stream().collect(Collectors.groupingBy(Row::clientId,
                Collectors.mapping(r -> r.fields().shiftDate(), Collectors.toList()))).forEach(rollup::markStale);
        List<ProductionResponse> created = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            Row r = rows.get(i);
            ProductionFields f = r.fields();
            created.add(new ProductionResponse(ids.get(i), r.clientId(), f.shiftDate(), f.shiftId(), f.lineId(),
                    f.workOrderId(), f.workOrderId() == null ? null : numbers.get(f.workOrderId()), f.jobId(),
                    f.productId(), f.unitsProduced(), f.runTimeHours(), f.employeesAssigned(), f.employeesPresent(),
                    f.defects(), f.rework(), f.scrap(), f.notes(), r.method(), actor.name(),
                    r.confirmed() ? actor.name() : null, r.confirmed() ? now : null, 0, now, now));
        }
        audit.recordAll(created.stream().map(p -> new AuditLog.Change(ProductionService.ENTITY, p.id(), p.clientId(),
                AuditAction.CREATE, null, p)).toList());
        return created;
    }
}
