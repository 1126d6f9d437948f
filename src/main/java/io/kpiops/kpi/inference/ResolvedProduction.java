package io.kpiops.kpi.inference;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A production entry with every input resolved through its chain. {@code pbt} is null when the shift length is
 * unknown; a resolved input whose value is null had no applicable rule.
 */
public record ResolvedProduction(String ref, String line, String product, LocalDate shiftDate,
        Resolved<BigDecimal> shiftLength, BigDecimal pbt, Resolved<BigDecimal> runTime, Resolved<BigDecimal> cycleTime,
        Resolved<BigDecimal> employees, long unitsProduced, long defects) {

    /** PQ − DQ. */
    public long goodUnits() {
        return unitsProduced - defects;
    }
}
