package io.kpiops.demo;

import io.kpiops.workorders.Priority;
import io.kpiops.workorders.WorkOrderStatus;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The plan of the 25 demo work orders of one client around the plant's today, in every status: running orders on time
 * and overdue, orders on hold (an open hold 4 to 13 days old), completed ones delivered early, on time and late (some
 * short, some held for a few days along the way), rejected and cancelled ones. Each is made on line 2 or 3 (its MAKE
 * job) for a number of shifts; the shift plan decides which shifts. Pure and seeded: the same every first start.
 */
final class DemoOrderPlan {

    /** Status of each of the 25 orders, oldest first. */
    private static final WorkOrderStatus[] PLAN = {
        WorkOrderStatus.COMPLETED, WorkOrderStatus.COMPLETED, WorkOrderStatus.CANCELLED, WorkOrderStatus.COMPLETED,
        WorkOrderStatus.COMPLETED, WorkOrderStatus.REJECTED, WorkOrderStatus.COMPLETED, WorkOrderStatus.COMPLETED,
        WorkOrderStatus.ACTIVE, WorkOrderStatus.COMPLETED, WorkOrderStatus.ON_HOLD, WorkOrderStatus.COMPLETED,
        WorkOrderStatus.ACTIVE, WorkOrderStatus.ACTIVE, WorkOrderStatus.CANCELLED, WorkOrderStatus.ON_HOLD,
        WorkOrderStatus.ACTIVE, WorkOrderStatus.ACTIVE, WorkOrderStatus.REJECTED, WorkOrderStatus.ACTIVE,
        WorkOrderStatus.ON_HOLD, WorkOrderStatus.ACTIVE, WorkOrderStatus.ACTIVE, WorkOrderStatus.ACTIVE, WorkOrderStatus.ACTIVE};

    /** Days the open holds of the three ON_HOLD orders have lasted: red, amber and amber in hold aging. */
    private static final int[] OPEN_HOLD_AGES = {13, 6, 4};

    private DemoOrderPlan() {}

    /**
     * One planned order. {@code pastHoldFrom}/{@code pastHoldTo}: a hold resumed long ago (null when none);
     * {@code openHoldDay}: the day of the open hold of an ON_HOLD order. Products and lines are indexes.
     */
    record OrderPlan(int index, String number, int product, Priority priority, LocalDate start, LocalDate ship,
            LocalDate required, boolean started, WorkOrderStatus status, int makeLine, String customerPo,
            LocalDate delivered, boolean shortShipped, int targetShifts, LocalDate pastHoldFrom, LocalDate pastHoldTo,
            LocalDate openHoldDay, double progress) {

        /** Whether the order may be produced on this day (started, not yet finished, not held). */
        boolean runs(LocalDate day) {
            if (!started || status == WorkOrderStatus.CANCELLED || status == WorkOrderStatus.REJECTED
                    || day.isBefore(start)) {
                return false;
            }
            if (delivered != null && !day.isBefore(delivered) || openHoldDay != null && !day.isBefore(openHoldDay)) {
                return false;
            }
            return pastHoldFrom == null || day.isBefore(pastHoldFrom) || !day.isBefore(pastHoldTo);
        }
    }

    static List<OrderPlan> plan(String clientCode, LocalDate today, int products, int lines) {
        Random random = new Random(31L * clientCode.hashCode());
        String prefix = clientCode.substring(0, Math.min(4, clientCode.length())).replace("-", "");
        List<OrderPlan> plans = new ArrayList<>();
        int held = 0;
        for (int i = 0; i < PLAN.length; i++) {
            WorkOrderStatus status = PLAN[i];
            LocalDate start = today.minusDays(60 - 2L * i + random.nextInt(3));
            LocalDate ship = start.plusDays(10 + random.nextInt(12));
            boolean started = !start.isAfter(today) && status != WorkOrderStatus.REJECTED;
            Priority priority = Priority.values()[random.nextInt(Priority.values().length)];
            int product = random.nextInt(products);
            int makeLine = 1 + random.nextInt(lines - 1);
            String po = "PO-" + (48_000 + random.nextInt(2000));
            int target = 4 + random.nextInt(9);
            LocalDate delivered = null;
            boolean shortShipped = false;
            LocalDate holdFrom = null;
            LocalDate holdTo = null;
            LocalDate openHold = null;
            if (status == WorkOrderStatus.COMPLETED) {
                delivered = ship.plusDays(random.nextInt(7) - 3L);
                delivered = delivered.isAfter(today) ? today : delivered;
                shortShipped = random.nextInt(5) == 0;
                if (random.nextInt(3) == 0) { // some orders were held for a few days along the way
                    holdFrom = start.plusDays(2 + random.nextInt(3));
                    holdTo = holdFrom.plusDays(1 + random.nextInt(4));
                }
            } else if (status == WorkOrderStatus.ON_HOLD) {
                openHold = today.minusDays(OPEN_HOLD_AGES[held++ % OPEN_HOLD_AGES.length]);
            }
            double progress = 0.35 + 0.5 * random.nextDouble(); // share of an open order's quantity made so far
            plans.add(new OrderPlan(i, String.format("WO-%s-%03d", prefix, 101 + i), product, priority, start, ship,
                    ship.plusDays(5), started, status, makeLine, po, delivered, shortShipped, target, holdFrom, holdTo,
                    openHold, progress));
        }
        return plans;
    }
}
