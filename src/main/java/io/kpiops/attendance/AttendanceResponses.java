package io.kpiops.attendance;

import io.kpiops.attendance.AttendanceViews.AttendanceResponse;
import io.kpiops.catalog.CatalogLookup;
import io.kpiops.catalog.CatalogLookup.EmployeeRef;
import io.kpiops.catalog.CatalogLookup.ShiftRef;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Builds the answers of /api/attendance with the employees' and shifts' names, read once per list. */
@Component
class AttendanceResponses {

    private final CatalogLookup catalog;

    AttendanceResponses(CatalogLookup catalog) {
        this.catalog = catalog;
    }

    @Transactional(readOnly = true)
    List<AttendanceResponse> of(List<AttendanceEntry> entries) {
        Map<Long, EmployeeRef> employees = new HashMap<>();
        catalog.employees(entries.stream().flatMap(e -> Stream.of(e.employeeId, e.coveredByEmployeeId))
                .filter(Objects::nonNull).distinct().toList()).forEach(e -> employees.put(e.id(), e));
        Map<Long, ShiftRef> shifts = new HashMap<>();
        catalog.shifts(entries.stream().map(e -> e.shiftId).distinct().toList()).forEach(s -> shifts.put(s.id(), s));
        return entries.stream().map(e -> of(e, employees, shifts)).toList();
    }

    AttendanceResponse of(AttendanceEntry e) {
        return of(List.of(e)).getFirst();
    }

    static AttendanceResponse of(AttendanceEntry e, Map<Long, EmployeeRef> employees, Map<Long, ShiftRef> shifts) {
        EmployeeRef employee = employees.get(e.employeeId);
        EmployeeRef cover = e.coveredByEmployeeId == null ? null : employees.get(e.coveredByEmployeeId);
        ShiftRef shift = shifts.get(e.shiftId);
        return new AttendanceResponse(e.getId(), e.getClientId(), e.employeeId, employee == null ? null : employee.code(),
                employee == null ? null : employee.name(), e.shiftDate, e.shiftId, shift == null ? null : shift.name(),
                e.scheduledHours, e.actualHours, e.absent, e.absenceType, e.absenceHours, e.lateMinutes,
                e.coveredByEmployeeId, cover == null ? null : cover.code(), cover == null ? null : cover.name(), e.notes,
                e.getEntryMethod(), e.getEnteredByName(), e.getVersion(), e.getCreatedAt(), e.getUpdatedAt());
    }
}
