package io.kpiops.kpi.calc;

import io.kpiops.kpi.inference.Resolved;
import java.time.LocalDate;
import java.util.List;

/**
 * A work order for WIP aging.
 *
 * @param closed status COMPLETED, CANCELLED or REJECTED
 * @param deliveredOn plant-local delivery date, or null
 * @param start resolved by {@link io.kpiops.kpi.inference.WipStart#resolve}
 * @param holds the order's holds (hold date, resume date or null while on hold)
 */
public record WipOrder(String ref, boolean closed, LocalDate deliveredOn, Resolved<LocalDate> start, List<Hold> holds) {

    /** One hold of the order; {@code resumedOn} null while it is still on hold. */
    public record Hold(LocalDate heldOn, LocalDate resumedOn) {}
}
