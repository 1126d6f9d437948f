package io.kpiops.kpi.calc;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

/**
 * Absenteeism = Σ absence hours ÷ Σ scheduled hours of all records in scope (vacation included in the denominator).
 * A record's absence hours: absence_hours if entered; else scheduled − actual when absent or actual &lt; scheduled;
 * else 0 — and 0 for an absence type that is not counted.
 */
public final class Absenteeism {

    /** Default counted types: all except VACATION (KPI.md §3). */
    public static final Set<String> DEFAULT_COUNTED = Set.of("UNSCHEDULED_ABSENCE", "MEDICAL_LEAVE", "PERSONAL_LEAVE");

    private Absenteeism() {}

    public static KpiResult compute(List<AttendanceRecord> records, Set<String> countedTypes, Thresholds thresholds) {
        Tally t = Tally.sum(records.stream()
                .map(r -> Tally.exact(absenceHours(r, countedTypes), Num.orZero(r.scheduledHours())))
                .toList());
        return KpiResult.percent(Kpi.ABSENTEEISM, t, thresholds);
    }

    /** The absence hours a record contributes (0 for a non-counted type). */
    public static BigDecimal absenceHours(AttendanceRecord r, Set<String> countedTypes) {
        if (!counted(r, countedTypes)) {
            return BigDecimal.ZERO;
        }
        return rawAbsenceHours(r);
    }

    static BigDecimal rawAbsenceHours(AttendanceRecord r) {
        if (r.absenceHours() != null) {
            return r.absenceHours();
        }
        BigDecimal scheduled = Num.orZero(r.scheduledHours());
        BigDecimal actual = Num.orZero(r.actualHours());
        if (r.absent() || (r.actualHours() != null && actual.compareTo(scheduled) < 0)) {
            return scheduled.subtract(actual).max(BigDecimal.ZERO);
        }
        return BigDecimal.ZERO;
    }

    /** A record without a type counts; a typed record counts when its type is in the counted set. */
    static boolean counted(AttendanceRecord r, Set<String> countedTypes) {
        return r.absenceType() == null || countedTypes.contains(r.absenceType());
    }
}
