package io.kpiops.demo;

import io.kpiops.platform.time.PlantTime;
import io.kpiops.workorders.Priority;
import io.kpiops.workorders.WorkOrderSetup;
import io.kpiops.workorders.WorkOrderSetup.JobSpec;
import io.kpiops.workorders.WorkOrderSetup.OrderSpec;
import io.kpiops.workorders.WorkOrderStatus;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Random;
import org.springframework.stereotype.Component;

/**
 * 25 work orders per demo client around the plant's today, in every status: running orders on time and overdue,
 * orders on hold, completed ones delivered early, on time and late (some short), rejected and cancelled ones. Each has
 * three jobs (prepare, make, pack) on the client's lines. Seeded randomness: the same every first start.
 */
@Component
class DemoWorkOrders {

    /** Status of each of the 25 orders, oldest first. */
    private static final WorkOrderStatus[] PLAN = {
        WorkOrderStatus.COMPLETED, WorkOrderStatus.COMPLETED, WorkOrderStatus.CANCELLED, WorkOrderStatus.COMPLETED,
        WorkOrderStatus.COMPLETED, WorkOrderStatus.REJECTED, WorkOrderStatus.COMPLETED, WorkOrderStatus.COMPLETED,
        WorkOrderStatus.ACTIVE, WorkOrderStatus.COMPLETED, WorkOrderStatus.ON_HOLD, WorkOrderStatus.COMPLETED,
        WorkOrderStatus.ACTIVE, WorkOrderStatus.ACTIVE, WorkOrderStatus.CANCELLED, WorkOrderStatus.ON_HOLD,
        WorkOrderStatus.ACTIVE, WorkOrderStatus.ACTIVE, WorkOrderStatus.REJECTED, WorkOrderStatus.ACTIVE,
        WorkOrderStatus.ON_HOLD, WorkOrderStatus.ACTIVE, WorkOrderStatus.ACTIVE, WorkOrderStatus.ACTIVE, WorkOrderStatus.ACTIVE};
    private static final String[] HOLD_REASONS = {"Waiting for material", "Quality investigation", "Customer engineering change"};

    private final WorkOrderSetup orders;
    private final Clock clock;

    DemoWorkOrders(WorkOrderSetup orders, Clock clock) {
        this.orders = orders;
        this.clock = clock;
    }

    void create(long clientId, String clientCode, String timeZone, DemoPlantModel.Created plant) {
        LocalDate today = PlantTime.today(clock, ZoneId.of(timeZone));
        Random random = new Random(31L * clientCode.hashCode());
        String prefix = clientCode.substring(0, Math.min(4, clientCode.length())).replace("-", "");
        for (int i = 0; i < PLAN.length; i++) {
            WorkOrderStatus status = PLAN[i];
            LocalDate start = today.minusDays(60 - 2L * i + random.nextInt(3));
            LocalDate ship = start.plusDays(10 + random.nextInt(12));
            boolean started = !start.isAfter(today) && status != WorkOrderStatus.REJECTED;
            int quantity = (5 + random.nextInt(36)) * 50;
            Priority priority = Priority.values()[random.nextInt(Priority.values().length)];
            long product = plant.products().get(random.nextInt(plant.products().size()));
            List<Long> lines = plant.lines();
            long id = orders.create(new OrderSpec(clientId, String.format("WO-%s-%03d", prefix, 101 + i), product, priority,
                    quantity, start, ship, ship.plusDays(5), started ? start : null, "PO-" + (48_000 + random.nextInt(2000))),
                    List.of(new JobSpec(10, "PREP", "Prepare material", lines.get(0)),
                            new JobSpec(20, "MAKE", "Produce", lines.get(1 + random.nextInt(lines.size() - 1))),
                            new JobSpec(30, "PACK", "Inspect and pack", lines.get(lines.size() - 1))));
            finish(id, status, ship, quantity, today, random);
        }
    }

    private void finish(long id, WorkOrderStatus status, LocalDate ship, int quantity, LocalDate today, Random random) {
        switch (status) {
            case ON_HOLD -> orders.move(id, WorkOrderStatus.ON_HOLD, HOLD_REASONS[random.nextInt(HOLD_REASONS.length)], null, null);
            case REJECTED -> orders.move(id, WorkOrderStatus.REJECTED, "Specification not feasible", null, null);
            case CANCELLED -> orders.move(id, WorkOrderStatus.CANCELLED, "Cancelled by the customer", null, null);
            case COMPLETED -> {
                if (random.nextInt(4) == 0) { // some orders were held along the way
                    orders.move(id, WorkOrderStatus.ON_HOLD, HOLD_REASONS[random.nextInt(HOLD_REASONS.length)], null, null);
                    orders.move(id, WorkOrderStatus.ACTIVE, null, null, null);
                }
                LocalDate delivered = ship.plusDays(random.nextInt(7) - 3);
                delivered = delivered.isAfter(today) ? today : delivered;
                int shipped = random.nextInt(5) == 0 ? quantity - 50 : quantity;
                orders.move(id, WorkOrderStatus.COMPLETED, null, delivered, shipped);
            }
            case ACTIVE -> { }
        }
    }
}
