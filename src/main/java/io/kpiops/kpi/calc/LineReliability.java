package io.kpiops.kpi.calc;

import java.math.BigDecimal;

/**
 * MTBF and MTTR of one line from unplanned downtime only: MTBF = Σ APT ÷ failures, MTTR = Σ unplanned downtime
 * hours ÷ failures (a failure = one unplanned downtime record); both null without failures. Hours, 2 dp.
 */
public record LineReliability(String line, long failures, BigDecimal runTimeHours, BigDecimal downtimeHours,
        BigDecimal mtbfHours, BigDecimal mttrHours) {

    /** From the line's pooled sums (plain sums, so per-record or SQL-summed inputs give the same answer). */
    public static LineReliability of(String line, BigDecimal runTimeHours, long unplannedEvents,
            BigDecimal unplannedHours) {
        BigDecimal events = BigDecimal.valueOf(unplannedEvents);
        return new LineReliability(line, unplannedEvents, runTimeHours, unplannedHours,
                Num.round(Num.ratio(runTimeHours, events), 2), Num.round(Num.ratio(unplannedHours, events), 2));
    }
}
