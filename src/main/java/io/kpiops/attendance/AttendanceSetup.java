package io.kpiops.attendance;

import io.kpiops.attendance.AttendanceRequests.AttendanceRequest;
import io.kpiops.attendance.AttendanceViews.AttendanceResponse;
import io.kpiops.platform.persistence.EntryMethod;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Attendance the system records by itself (demo data), with the same rules, conflict checks and audit as the API,
 * many records per transaction (each client's plant model and the stored records concerned are read once).
 */
@Service
public class AttendanceSetup {

    private final AttendanceService service;

    AttendanceSetup(AttendanceService service) {
        this.service = service;
    }

    /**
     * One employee in one shift of one day. Null hours take their defaults (scheduled: the shift's; actual: scheduled
     * when present, 0 when absent); absence hours stay as given (null: derived by the KPI).
     */
    public record AttendanceSpec(long clientId, long employeeId, LocalDate shiftDate, long shiftId,
            BigDecimal scheduledHours, BigDecimal actualHours, boolean absent, AbsenceType absenceType,
            BigDecimal absenceHours, Integer lateMinutes, Long coveredByEmployeeId, String notes) {}

    /** Records every spec or none (422/409 naming {@code attendance[i].field}); returns the ids in order. */
    @Transactional
    public List<Long> createAll(List<AttendanceSpec> specs) {
        List<AttendanceRequest> rows = specs.stream().map(s -> new AttendanceRequest(null, s.clientId(), s.employeeId(),
                s.shiftDate(), s.shiftId(), s.scheduledHours(), s.actualHours(), s.absent(), s.absenceType(),
                s.absenceHours(), s.lateMinutes(), s.coveredByEmployeeId(), s.notes(), null)).toList();
        return service.save(rows, EntryMethod.SYSTEM_IMPORT, "attendance").items().stream()
                .map(AttendanceResponse::id).toList();
    }
}
