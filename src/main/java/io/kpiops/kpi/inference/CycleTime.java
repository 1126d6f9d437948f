package io.kpiops.kpi.inference;

import java.math.BigDecimal;

/**
 * Ideal cycle time chain (h/unit): the entry's own value (1.0) → the product's standard (1.0) → best demonstrated
 * rate (0.6) → client default (0.3). A value ≤ 0 is treated as missing: no real process has a zero cycle time.
 */
public final class CycleTime {

    private CycleTime() {}

    /** @param bestDemonstratedRate from {@link BestDemonstratedRate#of}, null when there is too little history */
    public static Resolved<BigDecimal> resolve(BigDecimal entryValue, BigDecimal productStandard,
            BigDecimal bestDemonstratedRate, ClientDefaults defaults) {
        if (positive(entryValue)) {
            return Resolved.given(entryValue);
        }
        if (positive(productStandard)) {
            return Resolved.given(productStandard);
        }
        if (positive(bestDemonstratedRate)) {
            return Resolved.inferred(bestDemonstratedRate, InferenceRules.CYCLE_TIME_BEST_DEMONSTRATED);
        }
        if (positive(defaults.cycleTimeHours())) {
            return Resolved.inferred(defaults.cycleTimeHours(), InferenceRules.CYCLE_TIME_CLIENT_DEFAULT);
        }
        return Resolved.missing();
    }

    static boolean positive(BigDecimal v) {
        return v != null && v.signum() > 0;
    }
}
