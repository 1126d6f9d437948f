package io.kpiops.workorders;

import io.kpiops.workorders.JobRequests.JobResponse;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** What /api/work-orders answers. */
final class WorkOrderViews {

    private WorkOrderViews() {}

    record WorkOrderResponse(long id, long clientId, String number, long productId, String productCode,
            String productName, WorkOrderStatus status, WorkOrderStatus previousStatus, Set<WorkOrderStatus> allowedTransitions,
            Priority priority, int plannedQuantity, int deliveredQuantity, LocalDate plannedStartDate,
            LocalDate plannedShipDate, LocalDate requiredDate, LocalDate actualStartDate, LocalDate actualDeliveryDate,
            BigDecimal idealCycleTimeHours, String customerPoNumber, String notes, List<JobResponse> jobs, long version,
            Instant createdAt, Instant updatedAt) {}

    record TransitionResponse(long id, WorkOrderStatus fromStatus, WorkOrderStatus toStatus, String reason,
            String username, Instant at) {

        static TransitionResponse of(WorkOrderTransition t) {
            return new TransitionResponse(t.id, t.fromStatus, t.toStatus, t.reason, t.username, t.at);
        }
    }

    record StatusCount(WorkOrderStatus status, long count) {}

    /** What the audit log keeps of a work order. */
    record WorkOrderSnapshot(WorkOrderStatus status, WorkOrderFields fields) {
        static WorkOrderSnapshot of(WorkOrder o) {
            return new WorkOrderSnapshot(o.status, o.fields());
        }
    }
}
