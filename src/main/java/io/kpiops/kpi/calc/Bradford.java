package io.kpiops.kpi.calc;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Bradford factor per employee over the window of 7 × weeks days ending on the as-of date: D = days absent (full
 * absence of a counted type on a scheduled day), S = runs of such days over consecutive scheduled days. A day
 * without a scheduled record bridges a run; a worked day, a partial absence, a late arrival or a non-counted
 * absence breaks it. A spell crossing the window start keeps only its in-window days.
 */
public final class Bradford {

    public static final int DEFAULT_WEEKS = 52;
    /** Inclusive upper edges of the low, monitor and action bands; above the last is critical. */
    public static final List<Integer> DEFAULT_BANDS = List.of(50, 200, 400);
    static final List<String> BAND_NAMES = List.of("low", "monitor", "action", "critical");

    private Bradford() {}

    public static BradfordResult compute(String employee, List<AttendanceRecord> records, LocalDate asOf, int weeks,
            Set<String> countedTypes, List<Integer> bands) {
        LocalDate first = asOf.minusDays(7L * weeks - 1);
        Map<LocalDate, Boolean> scheduledDays = new TreeMap<>(); // date → fully absent (counted)
        for (AttendanceRecord r : records) {
            if (r.date().isBefore(first) || r.date().isAfter(asOf) || r.scheduledHours() == null
                    || r.scheduledHours().signum() <= 0) {
                continue;
            }
            scheduledDays.merge(r.date(), absentDay(r, countedTypes), Boolean::logicalAnd);
        }
        if (scheduledDays.isEmpty()) {
            return new BradfordResult(employee, null, 0, 0, null);
        }
        int spells = 0;
        int days = 0;
        boolean inRun = false;
        for (boolean absent : scheduledDays.values()) {
            if (absent) {
                days++;
                if (!inRun) {
                    spells++;
                }
            }
            inRun = absent;
        }
        long value = (long) spells * spells * days;
        return new BradfordResult(employee, value, spells, days, band(value, bands));
    }

    /** A full absence of a counted type: absent, not late, absence hours at least the scheduled hours. */
    static boolean absentDay(AttendanceRecord r, Set<String> countedTypes) {
        if (!r.absent() || r.late() || !Absenteeism.counted(r, countedTypes)) {
            return false;
        }
        BigDecimal hours = Absenteeism.rawAbsenceHours(r);
        return hours.compareTo(r.scheduledHours()) >= 0;
    }

    static String band(long value, List<Integer> bands) {
        List<Integer> edges = bands == null || bands.isEmpty() ? DEFAULT_BANDS : bands;
        for (int i = 0; i < edges.size(); i++) {
            if (value <= edges.get(i)) {
                return BAND_NAMES.get(Math.min(i, BAND_NAMES.size() - 1));
            }
        }
        return BAND_NAMES.get(Math.min(edges.size(), BAND_NAMES.size() - 1));
    }
}
