package io.kpiops.quality;

import io.kpiops.platform.audit.AuditAction;
import io.kpiops.platform.audit.AuditLog;
import io.kpiops.platform.db.JdbcValues;
import io.kpiops.platform.db.KeyedInserts;
import io.kpiops.platform.persistence.EntryMethod;
import io.kpiops.quality.QualityViews.QualityResponse;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Writes many already-resolved quality entries of one client with their defect details in JDBC batches, and their
 * audit rows (imports, demo data). Runs in the caller's transaction; the rows are exactly what the API writes.
 */
@Component
class QualityBulkWriter {

    private static final int BATCH = 1000;
    private static final String INSERT = """
            INSERT INTO quality_entries (client_id, shift_date, shift_id, work_order_id, job_id, product_id,
              inspection_stage, units_inspected, units_passed_first_time, units_defective, total_defects, units_reworked,
              units_repaired, units_scrapped, inspector, notes, entry_method, entered_by, entered_by_name, version,
              created_at, updated_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?)""";
    private static final String INSERT_DEFECT = """
            INSERT INTO quality_defects (quality_entry_id, seq, client_id, defect_type_id, defect_count, location, severity)
            VALUES (?, ?, ?, ?, ?, ?, ?)""";

    private final KeyedInserts inserts;
    private final JdbcTemplate jdbc;
    private final JdbcValues values;
    private final AuditLog audit;

    QualityBulkWriter(KeyedInserts inserts, JdbcTemplate jdbc, JdbcValues values, AuditLog audit) {
        this.inserts = inserts;
        this.jdbc = jdbc;
        this.values = values;
        this.audit = audit;
    }

    private record Line(long entryId, int seq, QualityFields.Defect defect) {}

    /**
     * Inserts the entries and their details, audits each creation, and answers them.
     *
     * @param numbers      work-order numbers by id (for the answers)
     * @param defectCodes  defect type codes by id (for the answers)
     */
    List<QualityResponse> write(long clientId, List<QualityFields> rows, EntryMethod method, Map<Long, String> numbers,
            Map<Long, String> defectCodes, Instant now) {
        QualitySupport.Actor actor = QualitySupport.actor();
        List<Long> ids = inserts.insert(INSERT, rows, (ps, f) -> {
            ps.setLong(1, clientId);
            values.date(ps, 2, f.shiftDate());
            JdbcValues.nullableLong(ps, 3, f.shiftId());
            JdbcValues.nullableLong(ps, 4, f.workOrderId());
            JdbcValues.nullableLong(ps, 5, f.jobId());
            ps.setLong(6, f.productId());
            ps.setString(7, f.inspectionStage());
            ps.setInt(8, f.unitsInspected());
            ps.setInt(9, f.unitsPassedFirstTime());
            ps.setInt(10, f.unitsDefective());
            ps.setInt(11, f.totalDefects());
            ps.setInt(12, f.unitsReworked());
            ps.setInt(13, f.unitsRepaired());
            ps.setInt(14, f.unitsScrapped());
            JdbcValues.nullable(ps, 15, f.inspector(), Types.VARCHAR);
            JdbcValues.nullable(ps, 16, f.notes(), Types.VARCHAR);
            ps.setString(17, method.name());
            JdbcValues.nullableLong(ps, 18, actor.id());
            ps.setString(19, actor.name());
            JdbcValues.instant(ps, 20, now);
            JdbcValues.instant(ps, 21, now);
        });
        List<Line> lines = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            List<QualityFields.Defect> defects = rows.get(i).defects();
            for (int seq = 0; seq < defects.size(); seq++) {
                lines.add(new Line(ids.get(i), seq, defects.get(seq)));
            }
        }
        jdbc.batchUpdate(INSERT_DEFECT, lines, BATCH, (ps, l) -> {
            ps.setLong(1, l.entryId());
            ps.setInt(2, l.seq());
            ps.setLong(3, clientId);
            ps.setLong(4, l.defect().defectTypeId());
            ps.setInt(5, l.defect().count());
            JdbcValues.nullable(ps, 6, l.defect().location(), Types.VARCHAR);
            ps.setString(7, l.defect().severity());
        });
        List<QualityResponse> created = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            QualityFields f = rows.get(i);
            created.add(QualityResponse.of(ids.get(i), clientId, f, method, actor.name(), 0, now, now,
                    f.workOrderId() == null ? null : numbers.get(f.workOrderId()), defectCodes));
        }
        audit.recordAll(created.stream().map(r -> new AuditLog.Change(QualitySupport.ENTITY, r.id(), clientId,
                AuditAction.CREATE, null, r)).toList());
        return created;
    }
}
