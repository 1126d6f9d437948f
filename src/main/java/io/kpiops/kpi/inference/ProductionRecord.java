package io.kpiops.kpi.inference;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One production entry as gathered (one line or work order, one shift, one production day), before inference.
 *
 * @param ref the work order number, or the line name without a work order (named in availability warnings)
 * @param shiftLengthHours the shift definition's length ({@link ShiftLength#ofDefinition}); null without one
 * @param plannedDowntimeHours Σ matched downtime with a planned reason (setup per the client setting)
 * @param unplannedDowntimeHours Σ matched downtime with an unplanned reason
 * @param downtimeRecords number of matched downtime records, planned or unplanned
 * @param runTimeHours run_time_hours as entered, or null
 * @param cycleTimeHours the entry's own ideal cycle time, or null
 * @param productCycleTimeHours the product's standard ideal cycle time, or null
 * @param defects units not good first time (DQ)
 */
public record ProductionRecord(String ref, String line, String product, LocalDate shiftDate, BigDecimal shiftLengthHours,
        BigDecimal plannedDowntimeHours, BigDecimal unplannedDowntimeHours, int downtimeRecords, BigDecimal runTimeHours,
        BigDecimal cycleTimeHours, BigDecimal productCycleTimeHours, long unitsProduced, long defects,
        Integer employeesAssigned, Integer employeesPresent) {}
