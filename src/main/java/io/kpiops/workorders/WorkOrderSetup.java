package io.kpiops.workorders;

import io.kpiops.workorders.WorkOrderRequests.CreateWorkOrderRequest;
import io.kpiops.workorders.WorkOrderRequests.JobBody;
import io.kpiops.workorders.WorkOrderRequests.TransitionRequest;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Work orders the system creates by itself (demo data), with the same rules, log and audit as the API. */
@Service
public class WorkOrderSetup {

    private final WorkOrderService orders;
    private final WorkOrderLifecycle lifecycle;

    WorkOrderSetup(WorkOrderService orders, WorkOrderLifecycle lifecycle) {
        this.orders = orders;
        this.lifecycle = lifecycle;
    }

    /** The plan of a new order; dates may be null. */
    public record OrderSpec(long clientId, String number, long productId, Priority priority, int plannedQuantity,
            LocalDate plannedStart, LocalDate plannedShip, LocalDate required, LocalDate actualStart, String customerPo) {}

    /** A job of a new order: its operation and line. */
    public record JobSpec(int sequence, String operationCode, String operationName, Long lineId) {}

    @Transactional
    public long create(OrderSpec o, List<JobSpec> jobs) {
        List<JobBody> bodies = jobs.stream().map(j -> new JobBody(j.sequence(), j.operationCode(), j.operationName(),
                j.lineId(), o.plannedQuantity(), null, null, null, null, null, null)).toList();
        return orders.create(new CreateWorkOrderRequest(o.clientId(), o.number(), o.productId(), o.priority(),
                o.plannedQuantity(), null, o.plannedStart(), o.plannedShip(), o.required(), o.actualStart(), null, null,
                o.customerPo(), null, bodies)).getId();
    }

    /** Moves the order (see {@link WorkOrderLifecycle}); delivery fields only matter when completing. */
    @Transactional
    public void move(long id, WorkOrderStatus to, String reason, LocalDate deliveredOn, Integer deliveredQuantity) {
        WorkOrder o = orders.get(id);
        lifecycle.transition(id, new TransitionRequest(to, reason, deliveredOn, deliveredQuantity, o.getVersion()));
    }
}
