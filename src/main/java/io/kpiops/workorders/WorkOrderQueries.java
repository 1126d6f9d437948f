package io.kpiops.workorders;

import io.kpiops.catalog.CatalogLookup.ProductRef;
import io.kpiops.workorders.JobRequests.JobResponse;
import io.kpiops.workorders.WorkOrderOutput.Quantities;
import io.kpiops.workorders.WorkOrderViews.TransitionResponse;
import io.kpiops.workorders.WorkOrderViews.WorkOrderResponse;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The read side: orders with their products and jobs, their history and their progress, in few queries. */
@Service
class WorkOrderQueries {

    private final JobRepository jobs;
    private final WorkOrderTransitionRepository transitions;
    private final WorkOrderSupport support;
    private final List<WorkOrderOutput> outputs;

    WorkOrderQueries(JobRepository jobs, WorkOrderTransitionRepository transitions, WorkOrderSupport support,
            List<WorkOrderOutput> outputs) {
        this.jobs = jobs;
        this.transitions = transitions;
        this.support = support;
        this.outputs = outputs;
    }

    @Transactional(readOnly = true)
    List<WorkOrderResponse> responses(List<WorkOrder> orders) {
        if (orders.isEmpty()) {
            return List.of();
        }
        List<Long> ids = orders.stream().map(WorkOrder::getId).toList();
        Map<Long, List<JobResponse>> jobsByOrder = jobs.findByWorkOrderIdInOrderBySequence(ids).stream()
                .collect(Collectors.groupingBy(j -> j.workOrderId, Collectors.mapping(JobResponse::of, Collectors.toList())));
        Map<Long, ProductRef> products = support.catalog().products(orders.stream().map(o -> o.productId).toList())
                .stream().collect(Collectors.toMap(ProductRef::id, Function.identity()));
        return orders.stream().map(o -> response(o, products.get(o.productId), jobsByOrder.getOrDefault(o.getId(), List.of())))
                .toList();
    }

    @Transactional(readOnly = true)
    WorkOrderResponse response(WorkOrder o) {
        return responses(List.of(o)).getFirst();
    }

    @Transactional(readOnly = true)
    List<TransitionResponse> history(WorkOrder o) {
        return transitions.findByWorkOrderIdOrderByAtAscIdAsc(o.getId()).stream().map(TransitionResponse::of).toList();
    }

    @Transactional(readOnly = true)
    WorkOrderProgress progress(WorkOrder o) {
        Quantities q = quantities(List.of(o.getId())).getOrDefault(o.getId(), new Quantities(0, 0));
        return WorkOrderProgress.of(o, transitions.findByWorkOrderIdOrderByAtAscIdAsc(o.getId()), q.produced(),
                q.scrapped(), support.now(), support.zone(o.clientId));
    }

    private Map<Long, Quantities> quantities(Collection<Long> ids) {
        Map<Long, Quantities> total = new HashMap<>();
        for (WorkOrderOutput output : outputs) {
            output.quantities(ids).forEach((id, q) -> total.merge(id, q,
                    (a, b) -> new Quantities(a.produced() + b.produced(), a.scrapped() + b.scrapped())));
        }
        return total;
    }

    private static WorkOrderResponse response(WorkOrder o, ProductRef product, List<JobResponse> jobs) {
        return new WorkOrderResponse(o.getId(), o.clientId, o.number, o.productId, product == null ? null : product.code(),
                product == null ? null : product.name(), o.status, o.previousStatus, o.status.next(), o.priority,
                o.plannedQuantity, o.deliveredQuantity, o.plannedStartDate, o.plannedShipDate, o.requiredDate,
                o.actualStartDate, o.actualDeliveryDate, o.idealCycleTimeHours, o.customerPoNumber, o.notes, jobs,
                o.getVersion(), o.getCreatedAt(), o.getUpdatedAt());
    }
}
