package io.kpiops.attendance;

import io.kpiops.platform.events.ProductionDay;
import io.kpiops.platform.persistence.EntryMethod;
import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** What /api/attendance answers. */
final class AttendanceViews {

    private AttendanceViews() {}

    record AttendanceResponse(long id, long clientId, long employeeId, String employeeCode, String employeeName,
            LocalDate shiftDate, long shiftId, String shiftName, BigDecimal scheduledHours, BigDecimal actualHours,
            boolean isAbsent, AbsenceType absenceType, BigDecimal absenceHours, Integer lateMinutes,
            Long coveredByEmployeeId, String coveredByEmployeeCode, String coveredByEmployeeName, String notes,
            EntryMethod entryMethod, String enteredByName, long version, Instant createdAt, Instant updatedAt) implements ProductionDay {}

    record BatchResponse(int created, int updated, List<AttendanceResponse> items) {}

    @Schema(description = "An employee of the shift with their record of the day, if any")
    record RosterRow(long employeeId, String employeeCode, String employeeName, Long lineId,
            @Schema(description = "false for an employee listed only because they have a record here") boolean usualShift,
            boolean floatingPool, boolean active, AttendanceResponse entry) {}

    @Schema(description = "A floating-pool employee who may cover an absence; covering_employee_id is set when they "
            + "already cover one in this shift")
    record RosterFloater(long employeeId, String employeeCode, String employeeName, Long usualShiftId, boolean available,
            Long coveringEmployeeId, Long coveringEntryId) {}

    record RosterResponse(long clientId, LocalDate shiftDate, long shiftId, String shiftName,
            @Schema(description = "The default of scheduled_hours for this shift") BigDecimal scheduledHours,
            @Schema(description = "false when the day is outside the caller's entry window") boolean editable,
            int recorded, int absent, int covered, List<RosterRow> rows, List<RosterFloater> floaters) {}

    /** What the audit log keeps of a record. */
    record AttendanceSnapshot(long employeeId, LocalDate shiftDate, long shiftId, BigDecimal scheduledHours,
            BigDecimal actualHours, boolean isAbsent, AbsenceType absenceType, BigDecimal absenceHours,
            Integer lateMinutes, Long coveredByEmployeeId, String notes) implements ProductionDay {

        static AttendanceSnapshot of(AttendanceEntry e) {
            return new AttendanceSnapshot(e.employeeId, e.shiftDate, e.shiftId, e.scheduledHours, e.actualHours,
                    e.absent, e.absenceType, e.absenceHours, e.lateMinutes, e.coveredByEmployeeId, e.notes);
        }
    }
}
