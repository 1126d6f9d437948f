package io.kpiops.workorders;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * The progress read model of one work order: planned vs produced vs delivered, how long it has been open and how
 * long of that it spent on hold. Produced units come from the production entries (a {@link WorkOrderOutput}); on-hold
 * time comes from the transition log, so a hold placed and resumed through the lifecycle counts wherever it came from.
 */
record WorkOrderProgress(long workOrderId, WorkOrderStatus status, int plannedQuantity, long producedQuantity,
        long scrappedQuantity, int deliveredQuantity, long remainingQuantity, BigDecimal percentProduced,
        BigDecimal percentDelivered, LocalDate openedOn, LocalDate closedOn, long daysOpen, BigDecimal onHoldHours,
        BigDecimal onHoldDays, int holdCount, boolean currentlyOnHold) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /**
     * @param transitions the order's log, oldest first (the first is its creation)
     * @param now the instant of the question; open holds run until then
     */
    static WorkOrderProgress of(WorkOrder o, List<WorkOrderTransition> transitions, long produced, long scrapped,
            Instant now, ZoneId zone) {
        Duration onHold = Duration.ZERO;
        int holds = 0;
        Instant holdStart = null;
        Instant closedAt = null;
        for (WorkOrderTransition t : transitions) {
            if (holdStart != null) {
                onHold = onHold.plus(Duration.between(holdStart, t.at));
                holdStart = null;
            }
            if (t.toStatus == WorkOrderStatus.ON_HOLD) {
                holdStart = t.at;
                holds++;
            }
            if (!t.toStatus.isOpen()) {
                closedAt = t.at;
            }
        }
        if (holdStart != null && now.isAfter(holdStart)) {
            onHold = onHold.plus(Duration.between(holdStart, now));
        }
        LocalDate opened = o.actualStartDate != null ? o.actualStartDate : o.getCreatedAt().atZone(zone).toLocalDate();
        LocalDate closed = o.status.isOpen() ? null : closedOn(o, closedAt, zone);
        LocalDate until = closed != null ? closed : now.atZone(zone).toLocalDate();
        BigDecimal hours = BigDecimal.valueOf(onHold.toSeconds()).divide(BigDecimal.valueOf(3600), 1, RoundingMode.HALF_EVEN);
        BigDecimal days = BigDecimal.valueOf(onHold.toSeconds()).divide(BigDecimal.valueOf(86_400), 2, RoundingMode.HALF_EVEN);
        return new WorkOrderProgress(o.getId(), o.status, o.plannedQuantity, produced, scrapped, o.deliveredQuantity,
                Math.max(0, o.plannedQuantity - produced), percent(produced, o.plannedQuantity),
                percent(o.deliveredQuantity, o.plannedQuantity), opened, closed,
                Math.max(0, ChronoUnit.DAYS.between(opened, until)), hours, days, holds,
                o.status == WorkOrderStatus.ON_HOLD);
    }

    private static LocalDate closedOn(WorkOrder o, Instant closedAt, ZoneId zone) {
        if (o.status == WorkOrderStatus.COMPLETED && o.actualDeliveryDate != null) {
            return o.actualDeliveryDate;
        }
        return closedAt == null ? o.getUpdatedAt().atZone(zone).toLocalDate() : closedAt.atZone(zone).toLocalDate();
    }

    private static BigDecimal percent(long part, int whole) {
        return BigDecimal.valueOf(part).multiply(HUNDRED).divide(BigDecimal.valueOf(whole), 2, RoundingMode.HALF_EVEN);
    }
}
