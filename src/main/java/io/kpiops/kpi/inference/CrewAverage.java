package io.kpiops.kpi.inference;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.List;

/** Mean employees_assigned of the entries of one line and shift with shift date in [D−30, D−1]; not rounded. */
public final class CrewAverage {

    public static final int WINDOW_DAYS = 30;

    /** An earlier entry of the same line and shift; {@code assigned} null when it was not entered. */
    public record PastCrew(LocalDate shiftDate, Integer assigned) {}

    private CrewAverage() {}

    /** @return the mean, or null when no entry in the window has employees_assigned */
    public static BigDecimal of(List<PastCrew> lineShiftHistory, LocalDate day) {
        LocalDate first = day.minusDays(WINDOW_DAYS);
        List<Integer> counts = lineShiftHistory.stream()
                .filter(e -> e.assigned() != null && e.assigned() > 0)
                .filter(e -> !e.shiftDate().isBefore(first) && e.shiftDate().isBefore(day))
                .map(PastCrew::assigned)
                .toList();
        if (counts.isEmpty()) {
            return null;
        }
        long sum = counts.stream().mapToLong(Integer::longValue).sum();
        return BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(counts.size()), MathContext.DECIMAL128);
    }
}
