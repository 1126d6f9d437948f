package io.kpiops.kpi.calc;

import io.kpiops.kpi.inference.Resolved;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * A work order for OTD.
 *
 * @param promised resolved by {@link io.kpiops.kpi.inference.PromisedDate#resolve}; a missing value = no date
 * @param deliveredOn the delivery instant as a plant-local date, null when not delivered
 * @param completed status COMPLETED
 * @param cancelled status CANCELLED or REJECTED (such orders are not in OTD)
 */
public record DeliveryOrder(String ref, Resolved<LocalDate> promised, LocalDate deliveredOn, boolean completed,
        boolean cancelled, BigDecimal plannedQuantity, BigDecimal deliveredQuantity) {

    /** The plant-local date of a delivery instant (null stays null): OTD compares dates in the plant's time zone. */
    public static LocalDate plantDate(Instant deliveredAt, ZoneId plantZone) {
        return deliveredAt == null ? null : LocalDate.ofInstant(deliveredAt, plantZone);
    }
}
