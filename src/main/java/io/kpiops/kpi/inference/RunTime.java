package io.kpiops.kpi.inference;

import java.math.BigDecimal;

/** Actual production time chain: entered (1.0) → PBT − UDT when downtime was recorded (0.8) → PBT (0.5). */
public final class RunTime {

    private RunTime() {}

    /**
     * @param matchedDowntimeRecords downtime records (planned or unplanned) matched to the entry; "downtime data"
     *     means at least one
     */
    public static Resolved<BigDecimal> resolve(BigDecimal enteredHours, BigDecimal pbt, BigDecimal unplannedDowntimeHours,
            int matchedDowntimeRecords) {
        if (enteredHours != null) {
            return Resolved.given(enteredHours);
        }
        if (pbt == null) {
            return Resolved.missing();
        }
        if (matchedDowntimeRecords > 0) {
            BigDecimal udt = unplannedDowntimeHours == null ? BigDecimal.ZERO : unplannedDowntimeHours;
            return Resolved.inferred(pbt.subtract(udt), InferenceRules.RUN_TIME_PBT_MINUS_UDT);
        }
        return Resolved.inferred(pbt, InferenceRules.RUN_TIME_PBT);
    }
}
