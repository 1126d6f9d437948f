package io.kpiops.kpi.calc;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * OTD and TRUE-OTD: on-time orders ÷ orders due. Due: promised date in [from, to] and ≤ as-of. On time: delivered
 * (on or before as-of) on or before the promised date; TRUE-OTD also needs delivered ≥ planned quantity and status
 * COMPLETED. Each order weighs 1.
 */
public final class OnTimeDelivery {

    private OnTimeDelivery() {}

    public static OtdResult otd(List<DeliveryOrder> orders, LocalDate from, LocalDate to, LocalDate asOf,
            Thresholds thresholds) {
        return compute(Kpi.OTD, orders, from, to, asOf, thresholds);
    }

    public static OtdResult trueOtd(List<DeliveryOrder> orders, LocalDate from, LocalDate to, LocalDate asOf,
            Thresholds thresholds) {
        return compute(Kpi.TRUE_OTD, orders, from, to, asOf, thresholds);
    }

    private static OtdResult compute(Kpi kpi, List<DeliveryOrder> orders, LocalDate from, LocalDate to, LocalDate asOf,
            Thresholds thresholds) {
        List<Tally> due = new ArrayList<>();
        long skipped = 0;
        for (DeliveryOrder o : orders) {
            if (o.cancelled()) {
                continue;
            }
            LocalDate delivered = o.deliveredOn() != null && !o.deliveredOn().isAfter(asOf) ? o.deliveredOn() : null;
            if (!o.promised().present()) {
                if (delivered == null || within(delivered, from, to)) {
                    skipped++;
                }
                continue;
            }
            LocalDate promised = o.promised().value();
            if (!within(promised, from, to) || promised.isAfter(asOf)) {
                continue;
            }
            boolean onTime = delivered != null && !delivered.isAfter(promised)
                    && (kpi == Kpi.OTD || inFull(o));
            due.add(Tally.record(onTime ? BigDecimal.ONE : BigDecimal.ZERO, BigDecimal.ONE, List.of(o.promised())));
        }
        return new OtdResult(KpiResult.percent(kpi, Tally.sum(due), thresholds), skipped);
    }

    private static boolean inFull(DeliveryOrder o) {
        return o.completed() && o.deliveredQuantity() != null && o.plannedQuantity() != null
                && o.deliveredQuantity().compareTo(o.plannedQuantity()) >= 0;
    }

    private static boolean within(LocalDate d, LocalDate from, LocalDate to) {
        return !d.isBefore(from) && !d.isAfter(to);
    }
}
