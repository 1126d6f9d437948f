package io.kpiops.demo;

import io.kpiops.catalog.CatalogLookup.HoldReasonRef;
import io.kpiops.demo.DemoOrderPlan.OrderPlan;
import io.kpiops.holds.HoldSetup;
import io.kpiops.holds.HoldSetup.HoldSpec;
import io.kpiops.workorders.WorkOrderLookup;
import io.kpiops.workorders.WorkOrderSetup;
import io.kpiops.workorders.WorkOrderSetup.JobSpec;
import io.kpiops.workorders.WorkOrderSetup.OrderSpec;
import io.kpiops.workorders.WorkOrderStatus;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Writes the planned work orders of a demo client (three jobs each: prepare on line 1, make on its line, pack on line
 * 3), with quantities that match what the shift plan produced for them; then, once their production is recorded,
 * brings them to their final status: open holds on the ON_HOLD orders and past, resumed holds on some completed ones
 * (through the holds module, which moves the orders), then completions with delivery, rejections and cancellations.
 */
@Component
class DemoWorkOrders {

    /** Reason code, description and resume note of the holds, in turn. */
    private static final String[][] OPEN_HOLDS = {
        {"MATERIAL_SHORTAGE", "Resin lot not delivered; supplier promises the next truck", null},
        {"QUALITY_ISSUE", "Dimensional deviation found at final inspection; 8D investigation opened", null},
        {"ENGINEERING_CHANGE", "Customer drawing revision pending approval", null}};
    private static final String[][] PAST_HOLDS = {
        {"MATERIAL_INSPECTION", "Incoming lot quarantined for inspection", "Lot released by quality"},
        {"CUSTOMER_REQUEST", "Customer asked to pause for a packaging change", "Customer confirmed the new packaging"},
        {"EQUIPMENT_UNAVAILABLE", "Mould in repair", "Mould repaired and tried out"}};

    private final WorkOrderSetup orders;
    private final WorkOrderLookup lookup;
    private final HoldSetup holds;

    DemoWorkOrders(WorkOrderSetup orders, WorkOrderLookup lookup, HoldSetup holds) {
        this.orders = orders;
        this.lookup = lookup;
        this.holds = holds;
    }

    /** The stored orders: their ids and the ids of their MAKE jobs, in plan order. */
    record Stored(List<Long> orders, List<Long> makeJobs) {}

    /** Creates the orders as ACTIVE (started ones with their start), each with its planned quantity. */
    Stored create(long clientId, List<OrderPlan> plans, int[] quantities, List<Long> lines, List<Long> products) {
        List<Long> ids = new ArrayList<>();
        for (OrderPlan o : plans) {
            ids.add(orders.create(new OrderSpec(clientId, o.number(), products.get(o.product()), o.priority(),
                    quantities[o.index()], o.start(), o.ship(), o.required(), o.started() ? o.start() : null,
                    o.customerPo()), List.of(new JobSpec(10, "PREP", "Prepare material", lines.getFirst()),
                    new JobSpec(20, "MAKE", "Produce", lines.get(o.makeLine())),
                    new JobSpec(30, "PACK", "Inspect and pack", lines.getLast()))));
        }
        var refs = lookup.orders(ids);
        List<Long> jobs = ids.stream().map(id -> refs.get(id).jobs().stream().filter(j -> j.sequence() == 20)
                .findFirst().orElseThrow().id()).toList();
        return new Stored(ids, jobs);
    }

    /** Holds first (the orders are still open), then the final moves. */
    void finish(long clientId, ZoneId zone, List<OrderPlan> plans, int[] quantities, Stored stored,
            Collection<HoldReasonRef> reasons) {
        List<HoldSpec> specs = new ArrayList<>();
        int open = 0;
        int past = 0;
        for (OrderPlan o : plans) {
            long id = stored.orders().get(o.index());
            long job = stored.makeJobs().get(o.index());
            if (o.openHoldDay() != null) {
                String[] h = OPEN_HOLDS[open++ % OPEN_HOLDS.length];
                specs.add(new HoldSpec(clientId, id, job, reason(reasons, h[0]), h[1], o.openHoldDay().plusDays(5 + open * 2L),
                        at(o.openHoldDay(), LocalTime.of(7 + 3 * open, 15), zone), null, null));
            } else if (o.pastHoldFrom() != null) {
                String[] h = PAST_HOLDS[past++ % PAST_HOLDS.length];
                specs.add(new HoldSpec(clientId, id, job, reason(reasons, h[0]), h[1], o.pastHoldTo(),
                        at(o.pastHoldFrom(), LocalTime.of(9, 30), zone), at(o.pastHoldTo(), LocalTime.of(5, 45), zone),
                        h[2]));
            }
        }
        holds.createAll(specs);
        for (OrderPlan o : plans) {
            long id = stored.orders().get(o.index());
            switch (o.status()) {
                case REJECTED -> orders.move(id, WorkOrderStatus.REJECTED, "Specification not feasible", null, null);
                case CANCELLED -> orders.move(id, WorkOrderStatus.CANCELLED, "Cancelled by the customer", null, null);
                case COMPLETED -> {
                    int planned = quantities[o.index()];
                    int shipped = o.shortShipped() && planned > 20 ? planned - Math.max(10, planned / 20 / 10 * 10) : planned;
                    orders.move(id, WorkOrderStatus.COMPLETED, null, o.delivered(), shipped);
                }
                case ACTIVE, ON_HOLD -> { }
            }
        }
    }

    private static java.time.Instant at(LocalDate day, LocalTime time, ZoneId zone) {
        return day.atTime(time).atZone(zone).toInstant();
    }

    /** The reason of the client's catalog with this code, else its first active one (a customised catalog). */
    private static long reason(Collection<HoldReasonRef> reasons, String code) {
        return reasons.stream().filter(r -> r.active() && r.code().equalsIgnoreCase(code)).findFirst()
                .or(() -> reasons.stream().filter(r -> r.active() && !r.code().equalsIgnoreCase("OTHER")).findFirst())
                .orElseThrow().id();
    }

    /** Planned quantities, rounded to tens: a completed order made what it planned, an open one part of it. */
    static int[] quantities(List<OrderPlan> plans, long[] produced, double[] perShift) {
        int[] q = new int[plans.size()];
        for (OrderPlan o : plans) {
            double nominal = perShift[o.product()] * o.targetShifts();
            double wanted = switch (o.status()) {
                case COMPLETED -> produced[o.index()] > 0 ? Math.floor(produced[o.index()] / 10.0) * 10 : nominal;
                case ACTIVE, ON_HOLD -> produced[o.index()] > 0 ? produced[o.index()] / o.progress() : nominal;
                default -> nominal;
            };
            q[o.index()] = (int) Math.max(10, Math.round(wanted / 10) * 10);
        }
        return q;
    }
}
