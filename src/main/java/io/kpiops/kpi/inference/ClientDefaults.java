package io.kpiops.kpi.inference;

import java.math.BigDecimal;

/** The client settings that end inference chains (KPI.md §6); each may be unset (null), which ends the chain. */
public record ClientDefaults(BigDecimal shiftHours, BigDecimal cycleTimeHours, Integer crewSize, Integer leadTimeDays) {

    public static ClientDefaults none() {
        return new ClientDefaults(null, null, null, null);
    }
}
