package io.kpiops.kpi.calc;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One attendance record (one employee, one day).
 *
 * @param actualHours hours worked, null when not entered
 * @param absenceType the absence type code, null when none was given (then it counts)
 * @param absenceHours absence hours as entered, null when not entered
 */
public record AttendanceRecord(String employee, LocalDate date, BigDecimal scheduledHours, BigDecimal actualHours,
        boolean absent, boolean late, String absenceType, BigDecimal absenceHours) {}
