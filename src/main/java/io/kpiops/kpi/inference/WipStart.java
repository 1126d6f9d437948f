package io.kpiops.kpi.inference;

import java.time.LocalDate;

/** WIP start chain: actual start (1.0) → first production day (0.8) → planned start (0.5) → created date (0.3). */
public final class WipStart {

    private WipStart() {}

    public static Resolved<LocalDate> resolve(LocalDate actualStart, LocalDate firstProductionDay, LocalDate plannedStart,
            LocalDate createdDate) {
        if (actualStart != null) {
            return Resolved.given(actualStart);
        }
        if (firstProductionDay != null) {
            return Resolved.inferred(firstProductionDay, InferenceRules.WIP_START_FIRST_PRODUCTION_DAY);
        }
        if (plannedStart != null) {
            return Resolved.inferred(plannedStart, InferenceRules.WIP_START_PLANNED_START);
        }
        if (createdDate != null) {
            return Resolved.inferred(createdDate, InferenceRules.WIP_START_CREATED_DATE);
        }
        return Resolved.missing();
    }
}
