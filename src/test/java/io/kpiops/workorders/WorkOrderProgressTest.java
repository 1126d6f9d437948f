package io.kpiops.workorders;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class WorkOrderProgressTest {

    static final ZoneId PLANT = ZoneId.of("America/Mexico_City"); // UTC-6
    static final Instant CREATED = Instant.parse("2026-03-02T14:00:00Z"); // 08:00 at the plant

    @Test
    void anOpenHoldRunsUntilNowAndClosedHoldsAddUp() {
        WorkOrder o = order(1000, 0);
        List<WorkOrderTransition> log = new ArrayList<>();
        log.add(move(o, null, WorkOrderStatus.ACTIVE, CREATED));
        log.add(move(o, WorkOrderStatus.ACTIVE, WorkOrderStatus.ON_HOLD, Instant.parse("2026-03-03T14:00:00Z")));
        log.add(move(o, WorkOrderStatus.ON_HOLD, WorkOrderStatus.ACTIVE, Instant.parse("2026-03-03T20:00:00Z"))); // 6 h
        log.add(move(o, WorkOrderStatus.ACTIVE, WorkOrderStatus.ON_HOLD, Instant.parse("2026-03-05T02:00:00Z")));

        WorkOrderProgress p = WorkOrderProgress.of(o, log, 400, 12, Instant.parse("2026-03-05T14:00:00Z"), PLANT); // +12 h

        assertThat(p.onHoldHours()).isEqualByComparingTo("18.0");
        assertThat(p.onHoldDays()).isEqualByComparingTo("0.75");
        assertThat(p.holdCount()).isEqualTo(2);
        assertThat(p.currentlyOnHold()).isTrue();
        assertThat(p.openedOn()).isEqualTo(LocalDate.of(2026, 3, 2));
        assertThat(p.closedOn()).isNull();
        assertThat(p.daysOpen()).isEqualTo(3);
        assertThat(p.percentProduced()).isEqualByComparingTo("40.00");
        assertThat(p.remainingQuantity()).isEqualTo(600);
        assertThat(p.scrappedQuantity()).isEqualTo(12);
    }

    @Test
    void aCompletedOrderStopsCountingOnItsPlantLocalDeliveryDay() {
        WorkOrder o = order(300, 310);
        o.actualStartDate = LocalDate.of(2026, 3, 4);
        o.actualDeliveryDate = LocalDate.of(2026, 3, 10);
        List<WorkOrderTransition> log = new ArrayList<>();
        log.add(move(o, null, WorkOrderStatus.ACTIVE, CREATED));
        log.add(move(o, WorkOrderStatus.ACTIVE, WorkOrderStatus.COMPLETED, Instant.parse("2026-03-11T03:00:00Z")));

        WorkOrderProgress p = WorkOrderProgress.of(o, log, 320, 0, Instant.parse("2026-04-30T12:00:00Z"), PLANT);

        assertThat(p.closedOn()).isEqualTo(LocalDate.of(2026, 3, 10));
        assertThat(p.daysOpen()).isEqualTo(6);
        assertThat(p.onHoldHours()).isEqualByComparingTo("0.0");
        assertThat(p.percentDelivered()).isEqualByComparingTo("103.33");
        assertThat(p.remainingQuantity()).isZero();
        assertThat(p.currentlyOnHold()).isFalse();
    }

    @Test
    void aCancelledOrderClosesOnThePlantDayOfItsCancellation() {
        WorkOrder o = order(50, 0);
        List<WorkOrderTransition> log = new ArrayList<>();
        log.add(move(o, null, WorkOrderStatus.ACTIVE, CREATED));
        log.add(move(o, WorkOrderStatus.ACTIVE, WorkOrderStatus.CANCELLED, Instant.parse("2026-03-08T05:00:00Z")));

        WorkOrderProgress p = WorkOrderProgress.of(o, log, 0, 0, Instant.parse("2026-04-30T12:00:00Z"), PLANT);

        assertThat(p.closedOn()).isEqualTo(LocalDate.of(2026, 3, 7)); // 23:00 on the 7th at the plant
        assertThat(p.daysOpen()).isEqualTo(5);
    }

    @Test
    void onlyOpenOrdersMoveAndOnlyToTheLegalStatuses() {
        assertThat(WorkOrderStatus.ACTIVE.next()).containsExactlyInAnyOrder(WorkOrderStatus.ON_HOLD,
                WorkOrderStatus.COMPLETED, WorkOrderStatus.REJECTED, WorkOrderStatus.CANCELLED);
        assertThat(WorkOrderStatus.ON_HOLD.next()).containsExactlyInAnyOrder(WorkOrderStatus.ACTIVE,
                WorkOrderStatus.REJECTED, WorkOrderStatus.CANCELLED);
        assertThat(WorkOrderStatus.COMPLETED.next()).isEmpty();
        assertThat(WorkOrderStatus.REJECTED.next()).isEmpty();
        assertThat(WorkOrderStatus.CANCELLED.next()).isEmpty();
    }

    private static WorkOrder order(int planned, int delivered) {
        WorkOrder o = new WorkOrder(1, "WO-1", CREATED);
        o.plannedQuantity = planned;
        o.deliveredQuantity = delivered;
        setId(o, 7L);
        return o;
    }

    private static WorkOrderTransition move(WorkOrder o, WorkOrderStatus from, WorkOrderStatus to, Instant at) {
        o.status = to;
        return new WorkOrderTransition(o, from, null, 1L, "tester", at);
    }

    private static void setId(Object entity, long id) {
        try {
            Field f = entity.getClass().getSuperclass().getDeclaredField("id");
            f.setAccessible(true);
            f.set(entity, id);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
