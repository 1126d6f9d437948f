package io.kpiops.attendance;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The editable fields of an attendance record. As given, hours may be missing; once resolved by
 * {@link AttendanceRules}, scheduled and actual hours are filled in and absence hours stay as entered.
 */
record AttendanceFields(Long employeeId, LocalDate shiftDate, Long shiftId, BigDecimal scheduledHours,
        BigDecimal actualHours, boolean absent, AbsenceType absenceType, BigDecimal absenceHours, Integer lateMinutes,
        Long coveredByEmployeeId, String notes) {}
