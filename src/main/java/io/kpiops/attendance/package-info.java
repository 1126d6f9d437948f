/**
 * Attendance: one record per employee, shift and production day with scheduled, actual and absence hours, lateness
 * and the floating-pool employee covering an absence (one floater covers at most one absence per shift and day); the
 * roster of a shift merges the shift's employees with their records. The inputs of absenteeism and the Bradford factor.
 */
package io.kpiops.attendance;
