package io.kpiops.kpi.inference;

import java.time.DayOfWeek;
import java.time.LocalDate;

/** Monday–Friday working-day arithmetic (no holiday calendar). */
public final class WorkingDays {

    private WorkingDays() {}

    /** The date {@code days} working days after {@code start}, counting from the day after it; 0 → start itself. */
    public static LocalDate add(LocalDate start, long days) {
        LocalDate d = start;
        for (long i = 0; i < days; i++) {
            d = d.plusDays(1);
            while (weekend(d)) {
                d = d.plusDays(1);
            }
        }
        return d;
    }

    static boolean weekend(LocalDate d) {
        return d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY;
    }
}
