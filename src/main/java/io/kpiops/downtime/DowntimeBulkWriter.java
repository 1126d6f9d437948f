package io.kpiops.downtime;

import io.kpiops.catalog.CatalogLookup.DowntimeReasonRef;
import io.kpiops.downtime.DowntimeService.Event;
import io.kpiops.downtime.DowntimeViews.DowntimeResponse;
import io.kpiops.matching.MatchedDowntime;
import io.kpiops.matching.Slice;
import io.kpiops.platform.audit.AuditAction;
import io.kpiops.platform.audit.AuditLog;
import io.kpiops.platform.db.ClientWriteLock;
import io.kpiops.platform.db.JdbcValues;
import io.kpiops.platform.db.KeyedInserts;
import io.kpiops.platform.persistence.EntryMethod;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Writes many already-placed downtime events of one client in JDBC batches, with their audit rows (imports, demo
 * data). Runs in the caller's transaction; the rows are exactly what the API writes, split parts linked alike.
 */
@Component
class DowntimeBulkWriter {

    private static final String INSERT = """
            INSERT INTO downtime_entries (client_id, shift_date, shift_id, line_id, work_order_id, reason_id, start_minute,
              end_minute, duration_minutes, machine, equipment_code, notes, corrective_action, split_group, split_part,
              entry_method, entered_by, entered_by_name, version, created_at, updated_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?)""";

    private final KeyedInserts inserts;
    private final JdbcValues values;
    private final AuditLog audit;
    private final MatchedDowntime matched;
    private final ClientWriteLock locks;

    DowntimeBulkWriter(KeyedInserts inserts, JdbcValues values, AuditLog audit, MatchedDowntime matched,
            ClientWriteLock locks) {
        this.locks = locks;
        this.inserts = inserts;
        this.values = values;
        this.audit = audit;
        this.matched = matched;
    }

    private record Row(DowntimeFields f, String group, Integer part) {}

    /**
     * Inserts every part of the events, matches them to their slices' production entries, audits each record, and
     * answers them in order.
     *
     * @param numbers work-order numbers by id, reasons by id (for the answers)
     */
    List<DowntimeResponse> write(long clientId, List<Event> events, EntryMethod method, Map<Long, String> numbers,
            Map<Long, DowntimeReasonRef> reasons, Instant now) {
        DowntimeSupport.Actor actor = DowntimeSupport.actor();
        List<Row> rows = new ArrayList<>();
        for (Event e : events) {
            boolean split = e.parts().size() > 1;
            String group = split ? UUID.randomUUID().toString() : null;
            for (int p = 0; p < e.parts().size(); p++) {
                rows.add(new Row(e.parts().get(p), group, split ? p + 1 : null));
            }
        }
        locks.acquire(clientId);
        List<Long> ids = inserts.insert(INSERT, rows, (ps, r) -> {
            DowntimeFields f = r.f();
            ps.setLong(1, clientId);
            values.date(ps, 2, f.shiftDate());
            ps.setLong(3, f.shiftId());
            JdbcValues.nullableLong(ps, 4, f.lineId());
            JdbcValues.nullableLong(ps, 5, f.workOrderId());
            ps.setLong(6, f.reasonId());
            JdbcValues.nullableInt(ps, 7, f.startTime() == null ? null : DowntimeTimes.minuteOf(f.startTime()));
            JdbcValues.nullableInt(ps, 8, f.endTime() == null ? null : DowntimeTimes.minuteOf(f.endTime()));
            ps.setInt(9, f.durationMinutes());
            JdbcValues.nullable(ps, 10, f.machine(), Types.VARCHAR);
            JdbcValues.nullable(ps, 11, f.equipmentCode(), Types.VARCHAR);
            JdbcValues.nullable(ps, 12, f.notes(), Types.VARCHAR);
            JdbcValues.nullable(ps, 13, f.correctiveAction(), Types.VARCHAR);
            JdbcValues.nullable(ps, 14, r.group(), Types.VARCHAR);
            JdbcValues.nullableInt(ps, 15, r.part());
            ps.setString(16, method.name());
            JdbcValues.nullableLong(ps, 17, actor.id());
            ps.setString(18, actor.name());
            JdbcValues.instant(ps, 19, now);
            JdbcValues.instant(ps, 20, now);
        });
        matched.recompute(rows.stream().map(r -> new Slice(clientId, r.f().shiftDate(), r.f().shiftId())).toList());
        List<DowntimeResponse> created = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            Row r = rows.get(i);
            created.add(DowntimeResponse.of(ids.get(i), clientId, r.f(), r.group(), r.part(), method, actor.name(), 0, now,
                    now, r.f().workOrderId() == null ? null : numbers.get(r.f().workOrderId()), reasons.get(r.f().reasonId())));
        }
        audit.recordAll(created.stream().map(d -> new AuditLog.Change(DowntimeSupport.ENTITY, d.id(), clientId,
                AuditAction.CREATE, null, d)).toList());
        return created;
    }
}
