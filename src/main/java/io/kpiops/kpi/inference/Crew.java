package io.kpiops.kpi.inference;

import java.math.BigDecimal;

/**
 * Employees chain (efficiency): employees_assigned (1.0) → employees_present (0.8) → mean assigned on the same line
 * and shift over the previous 30 days (0.5) → client default crew size (0.3). A count ≤ 0 is treated as missing.
 */
public final class Crew {

    private Crew() {}

    /** @param lineShiftAverage from {@link CrewAverage#of}, null without history */
    public static Resolved<BigDecimal> resolve(Integer assigned, Integer present, BigDecimal lineShiftAverage,
            ClientDefaults defaults) {
        if (assigned != null && assigned > 0) {
            return Resolved.given(BigDecimal.valueOf(assigned));
        }
        if (present != null && present > 0) {
            return Resolved.inferred(BigDecimal.valueOf(present), InferenceRules.EMPLOYEES_PRESENT);
        }
        if (lineShiftAverage != null && lineShiftAverage.signum() > 0) {
            return Resolved.inferred(lineShiftAverage, InferenceRules.EMPLOYEES_LINE_SHIFT_AVERAGE);
        }
        if (defaults.crewSize() != null && defaults.crewSize() > 0) {
            return Resolved.inferred(BigDecimal.valueOf(defaults.crewSize()), InferenceRules.EMPLOYEES_CLIENT_DEFAULT);
        }
        return Resolved.missing();
    }
}
