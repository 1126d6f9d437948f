package io.kpiops.kpi.inference;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.List;

/**
 * Best demonstrated rate of a product on production day D: the 10th percentile (nearest rank) of resolved APT ÷ PQ
 * over the product's other entries with shift date in [D−90, D−1] and units &gt; 0; needs at least 5 such entries.
 */
public final class BestDemonstratedRate {

    public static final int MIN_ENTRIES = 5;
    public static final int WINDOW_DAYS = 90;

    /** One earlier entry of the same product: its shift date, resolved run time and units produced. */
    public record PastEntry(LocalDate shiftDate, BigDecimal runTimeHours, BigDecimal units) {}

    private BestDemonstratedRate() {}

    /** @return hours per unit, or null with fewer than 5 usable entries */
    public static BigDecimal of(List<PastEntry> productHistory, LocalDate day) {
        LocalDate first = day.minusDays(WINDOW_DAYS);
        List<BigDecimal> unitTimes = productHistory.stream()
                .filter(e -> !e.shiftDate().isBefore(first) && e.shiftDate().isBefore(day))
                .filter(e -> e.runTimeHours() != null && e.units() != null && e.units().signum() > 0)
                .map(e -> e.runTimeHours().divide(e.units(), MathContext.DECIMAL128))
                .sorted()
                .toList();
        if (unitTimes.size() < MIN_ENTRIES) {
            return null;
        }
        int rank = (unitTimes.size() + 9) / 10; // nearest rank = ceil(0.10 × n), 1-based
        return unitTimes.get(rank - 1);
    }
}
