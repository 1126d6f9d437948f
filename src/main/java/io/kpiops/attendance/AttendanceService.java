package io.kpiops.attendance;

import io.kpiops.attendance.AttendanceCheck.Planned;
import io.kpiops.attendance.AttendanceRequests.AttendanceRequest;
import io.kpiops.attendance.AttendanceViews.AttendanceResponse;
import io.kpiops.attendance.AttendanceViews.AttendanceSnapshot;
import io.kpiops.attendance.AttendanceViews.BatchResponse;
import io.kpiops.platform.audit.AuditAction;
import io.kpiops.platform.audit.AuditLog;
import io.kpiops.platform.persistence.EntryMethod;
import io.kpiops.platform.web.ApiException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Recording, correcting and deleting attendance. Every write — one record, a roster save mixing new and changed
 * records, an import, the system's set-up — goes through {@link #save}: checked as a whole by {@link AttendanceCheck},
 * then written in one transaction, all or nothing, and audited.
 */
@Service
class AttendanceService {

    static final String ENTITY = "attendance_entry";

    private final AttendanceRepository entries;
    private final AttendanceCheck check;
    private final AttendanceResponses responses;
    private final AuditLog audit;
    private final Clock clock;

    AttendanceService(AttendanceRepository entries, AttendanceCheck check, AttendanceResponses responses,
            AuditLog audit, Clock clock) {
        this.entries = entries;
        this.check = check;
        this.responses = responses;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    AttendanceEntry find(long id) {
        return entries.findById(id).orElseThrow(() -> ApiException.notFound("Attendance record " + id));
    }

    @Transactional
    AttendanceResponse create(AttendanceRequest r) {
        if (r.id() != null) {
            throw ApiException.invalid("id", "a new record has no id; change a record with PUT /api/attendance/{id}");
        }
        return save(List.of(r), EntryMethod.MANUAL_ENTRY, "").items().getFirst();
    }

    @Transactional
    AttendanceResponse update(long id, AttendanceRequest r) {
        AttendanceEntry e = find(id);
        if (r.version() == null) {
            throw ApiException.invalid("version", "must not be null");
        }
        e.requireVersion(r.version(), "Attendance record " + id);
        AttendanceRequest change = new AttendanceRequest(id, r.clientId(), r.employeeId(), r.shiftDate(), r.shiftId(),
                r.scheduledHours(), r.actualHours(), r.isAbsent(), r.absenceType(), r.absenceHours(), r.lateMinutes(),
                r.coveredByEmployeeId(), r.notes(), r.version());
        return save(List.of(change), EntryMethod.MANUAL_ENTRY, "").items().getFirst();
    }

    @Transactional
    void delete(long id, Long version) {
        AttendanceEntry e = find(id);
        if (version != null) {
            e.requireVersion(version, "Attendance record " + id);
        }
        AttendanceSnapshot before = AttendanceSnapshot.of(e);
        e.markDeleted(actor().name(), clock.instant());
        entries.flush();
        audit.record(ENTITY, e.getId(), e.getClientId(), AuditAction.DELETE, before, null);
    }

    /**
     * Saves new records (rows without id) and changes of existing ones (rows with id and version) together, all or
     * none. Fields of rows are named {@code <batchPrefix>[i].…} (nothing for a single record). Changed records are
     * written first, those whose employee, shift, day or cover changes having been taken out of the unique keys for a
     * moment, so that rows may hand a floater or a slot from one record to another.
     */
    @Transactional
    BatchResponse save(List<AttendanceRequest> rows, EntryMethod method, String batchPrefix) {
        List<Planned> planned = check.plan(rows, batchPrefix);
        Instant now = clock.instant();
        List<Planned> changing = planned.stream().filter(p -> p.existing() != null).toList();
        List<AttendanceSnapshot> before = changing.stream().map(p -> AttendanceSnapshot.of(p.existing())).toList();
        boolean released = false;
        for (Planned p : changing) {
            if (movesKey(p.existing().fields(), p.fields())) {
                p.existing().release();
                released = true;
            }
        }
        if (released) {
            entries.flush();
        }
        changing.forEach(p -> p.existing().change(p.fields(), now));
        entries.flush();
        Actor a = actor();
        List<AttendanceEntry> created = new ArrayList<>();
        List<AttendanceEntry> inRowOrder = new ArrayList<>(rows.size());
        for (Planned p : planned) {
            AttendanceEntry e = p.existing();
            if (e == null) {
                e = new AttendanceEntry(p.request().clientId(), method, a.id(), a.name(), now);
                e.change(p.fields(), now);
                created.add(e);
            }
            inRowOrder.add(e);
        }
        entries.saveAll(created);
        entries.flush();
        List<AuditLog.Change> changes = new ArrayList<>();
        for (int i = 0; i < changing.size(); i++) {
            AttendanceEntry e = changing.get(i).existing();
            changes.add(new AuditLog.Change(ENTITY, e.getId(), e.getClientId(), AuditAction.UPDATE, before.get(i),
                    AttendanceSnapshot.of(e)));
        }
        created.forEach(e -> changes.add(new AuditLog.Change(ENTITY, e.getId(), e.getClientId(), AuditAction.CREATE,
                null, AttendanceSnapshot.of(e))));
        audit.recordAll(changes);
        return new BatchResponse(created.size(), changing.size(), responses.of(inRowOrder));
    }

    private static boolean movesKey(AttendanceFields before, AttendanceFields after) {
        return !Objects.equals(before.employeeId(), after.employeeId())
                || !Objects.equals(before.shiftDate(), after.shiftDate())
                || !Objects.equals(before.shiftId(), after.shiftId())
                || !Objects.equals(before.coveredByEmployeeId(), after.coveredByEmployeeId());
    }

    record Actor(Long id, String name) {}

    static Actor actor() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null && auth.getPrincipal() instanceof AuditLog.Actor a ? new Actor(a.actorId(), a.actorName())
                : new Actor(null, "system");
    }
}
