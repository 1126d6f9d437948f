package io.kpiops.kpi.inference;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;

/**
 * Promised date chain (OTD): planned_ship_date (1.0) → required_date (0.8) → planned start + ceil(planned quantity ×
 * ICT ÷ client default shift hours) working days (0.5) → planned start + client default lead time in calendar days
 * (0.3) → none (the order is left out of OTD).
 */
public final class PromisedDate {

    private PromisedDate() {}

    /**
     * @param standardCycleTime the work order's or the product's standard ICT only; an inferred ICT must be passed as
     *     null so the order drops to the lead-time rule
     */
    public static Resolved<LocalDate> resolve(LocalDate plannedShipDate, LocalDate requiredDate, LocalDate plannedStart,
            BigDecimal plannedQuantity, BigDecimal standardCycleTime, ClientDefaults defaults) {
        if (plannedShipDate != null) {
            return Resolved.given(plannedShipDate);
        }
        if (requiredDate != null) {
            return Resolved.inferred(requiredDate, InferenceRules.PROMISED_REQUIRED_DATE);
        }
        if (plannedStart == null) {
            return Resolved.missing();
        }
        if (plannedQuantity != null && plannedQuantity.signum() > 0 && CycleTime.positive(standardCycleTime)
                && CycleTime.positive(defaults.shiftHours())) {
            long days = plannedQuantity.multiply(standardCycleTime)
                    .divide(defaults.shiftHours(), MathContext.DECIMAL128)
                    .setScale(0, RoundingMode.CEILING)
                    .longValueExact();
            return Resolved.inferred(WorkingDays.add(plannedStart, days), InferenceRules.PROMISED_WORK_CONTENT);
        }
        if (defaults.leadTimeDays() != null) {
            return Resolved.inferred(plannedStart.plusDays(defaults.leadTimeDays()), InferenceRules.PROMISED_LEAD_TIME);
        }
        return Resolved.missing();
    }
}
